"""Page logic: wires a view's widgets to the Session, the Project it edits and the Appearance;
no page knows the main window (it passes each what it uses)."""
