// Planted: a directory in no layer.
