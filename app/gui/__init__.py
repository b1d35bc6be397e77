"""RigSizer's desktop window (PySide6 + pyqtgraph).

Layout: `views/` hold widgets and their texts only, `controllers/` hold the logic and talk to the
one `Session`, which runs core off the UI thread. `plots/` create their pyqtgraph items once and
only `setData` afterwards. Nothing in `core/` imports from here.
"""
