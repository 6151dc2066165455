"""Team devices: a local web server through which teams play from their own phones and laptops.

The server (aiohttp, in a worker thread with its own event loop) serves each
team its page and its view of the exercise, and takes the team's submissions.
It never writes the session: submissions are handed to the console, whose
``Session`` records them on the GUI thread, and a device learns that a
submission was recorded only from a view computed after the event is on disk.

This package imports the core, never the GUI; the GUI starts and stops it.
"""
