"""casualty-claims: every published loss figure of the Russia-Ukraine war as data.

Plain Python: fetchers, parsers, the extractor, the loader and the model runner.
Only flows/ imports Prefect.
"""
