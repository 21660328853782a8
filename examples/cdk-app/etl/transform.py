# Glue streaming job: reads the Kinesis table and writes Parquet to the output path.
import sys

from awsglue.context import GlueContext
from awsglue.job import Job
from awsglue.utils import getResolvedOptions
from pyspark.context import SparkContext

args = getResolvedOptions(sys.argv, ["JOB_NAME", "database_name", "table_name", "output_path"])
glue = GlueContext(SparkContext.getOrCreate())
job = Job(glue)
job.init(args["JOB_NAME"], args)

frame = glue.create_data_frame.from_catalog(database=args["database_name"], table_name=args["table_name"])
glue.forEachBatch(
    frame=frame,
    batch_function=lambda batch, _: batch.write.mode("append").parquet(args["output_path"]),
    options={"windowSize": "60 seconds", "checkpointLocation": args["output_path"] + "checkpoint/"},
)
job.commit()
