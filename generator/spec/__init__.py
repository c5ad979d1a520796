"""What the generator accepts of an OpenAPI document, shared by the parser and the compiler."""
