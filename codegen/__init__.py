"""The pipeline that turns Kalshi's OpenAPI document into the generated client."""
