"""Customer accounts (the B2B companies respondents work for) and their usage signals."""
