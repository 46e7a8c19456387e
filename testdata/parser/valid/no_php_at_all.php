Just a text file.
No code <here>.
