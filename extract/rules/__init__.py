"""The relation rules, one module per topic, registered in :mod:`extract.components.relations`.

Each rule is a function of a :class:`~extract.components.context.Context` and the words that
started it (a trigger token and its span, or a whole sentence); it reads the parse and adds
facts with :meth:`Context.add`. ``common`` holds what several topics share.
"""
