"""Every error the project raises on purpose, each with a message that says what to do next."""


class RagError(Exception):
    """Base class: the CLI and the chat show these messages as they are, without a traceback."""


class ArticleError(RagError):
    """An input file that cannot be read as an article (empty, binary, not UTF-8, unsupported)."""


class IndexMissingError(RagError):
    """No index in the folder."""


class IndexMismatchError(RagError):
    """The index was built by another embedder or an older format."""


class IndexFormatError(IndexMismatchError):
    """The index was written in an older format; its stored articles can be embedded again."""


class IndexCorruptError(RagError):
    """An index file is missing, truncated or unreadable."""


class QuestionError(RagError):
    """A question that cannot be answered as asked (empty, too long)."""
