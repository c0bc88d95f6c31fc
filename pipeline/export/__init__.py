"""Exports of the archive for people outside the project: a WACZ for replay tools and auditors."""
