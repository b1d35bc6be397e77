"""pyqtgraph plots: items are created once; updates only call setData/setOpts."""
