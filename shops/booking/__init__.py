"""Booking: bookable services, free slots, bookings, their emails and admin.

Layers, lowest first (a module imports only those below it; import-linter checks it):
models, slots, links, ics, mail, rules, forms, views, admin, urls.
"""
