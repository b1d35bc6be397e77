"""Page logic: wires a view's widgets to the Session and the main window's project."""
