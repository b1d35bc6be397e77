"""What RigSizer reports about a plan result, the same on every surface and without Qt.

`rigsizer plan --json` / `--csv` and the window's File > Export > JSON / CSV write the very same
document (app.report.document) and plan table (app.report.table); the text that `rigsizer plan`
prints (app.report.text) and the HTML/PDF report (app.gui.export) list the same number of
plans. Money is written by core's one formatter (core.schema.message.format_money). This
package imports no Qt (an import-linter contract holds it to that), so the command line needs
no display.
"""

# The plans a text or printed report lists; every plan is in the CSV and JSON.
# (All of them made a 36-page PDF of near-identical rental rows.)
TOP_PLANS = 12
TOP_REJECTED = 8
