"""The language server (``tqcheck server``): tqcheck's findings and fixes in an editor.

``linting`` holds what the server asks of the linter (no LSP there), ``features`` turns lint
results into LSP objects, ``server`` wires them to pygls.  pygls and lsprotocol are the ``lsp``
extra and are imported only by ``tqcheck server``.
"""
