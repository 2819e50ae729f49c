"""Export at the edge: the model in a chosen view -> blocks -> DOCX, PDF and print."""
