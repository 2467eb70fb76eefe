"""Comment analysis: Chinese text pipeline, sentiment, topics (no web framework imports)."""
