"""Text formatting shared by the window, the command line and the documents: level and kind labels,
criterion numbering, vote summaries. Pure functions of the model; import the modules themselves."""
