"""GraphQL room of the accounts domain: accounts, usage signals, a respondent's account."""
