"""Thin views of the review pages: parse, call a selector or a service, render or redirect."""
