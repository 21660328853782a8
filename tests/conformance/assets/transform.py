# Placeholder Glue streaming ETL script; its bytes determine the asset hash in fixtures.
