use super::*;

#[test]
fn a_whole_token_is_one_token_text_and_nothing_else() {
    for whole in ["${Token[TOKEN.42]}", "${Token[AWS.AccountId.7]}", "${Token[Stack:Name-1_2]}"] {
        assert!(is_whole_token(whole), "{whole}");
        assert!(holds_token(whole), "{whole}");
    }
    for not_whole in
        ["s3://${Token[TOKEN.42]}/key", "${Token[TOKEN.1]}${Token[TOKEN.2]}", "${Token[]}", "${Token[a b]}", "Token"]
    {
        assert!(!is_whole_token(not_whole), "{not_whole}");
    }
}
