"""Sentence spans and chunks keep exact offsets into the cleaned article text."""

from index.articles import bundled_articles
from index.chunking import ChunkerSettings, chunk_article, chunk_sentences
from index.clauses import clause_spans
from index.sentences import split_sentences


def test_quotes_abbreviations_and_attributions():
    text = ('"They will pay a very BIG PRICE! This is a threat." Trump said on Twitter. Mr. Smith met Gen. Jones '
            'in the U.S. capital. He left.')
    got = [text[s:e] for s, e in split_sentences(text)]
    assert got == ['"They will pay a very BIG PRICE! This is a threat." Trump said on Twitter.',
                   "Mr. Smith met Gen. Jones in the U.S. capital.", "He left."]


def test_caption_stays_with_its_photo_credit():
    text = "Protesters burn property. Crowds broke in. Picture: Khalid Mohammed/AP\n\nThe US will deploy troops. More may follow."
    got = [text[s:e] for s, e in split_sentences(text)]
    assert got == ["Protesters burn property. Crowds broke in. Picture: Khalid Mohammed/AP",
                   "The US will deploy troops.", "More may follow."]


def test_spans_cover_every_word_of_the_bundled_articles():
    for art in bundled_articles():
        spans = split_sentences(art.text)
        assert spans == sorted(spans)
        joined = " ".join(art.text[s:e] for s, e in spans)
        assert joined.split() == art.text.split()
        assert all(art.text[s:e] == art.text[s:e].strip() for s, e in spans)


def test_chunks_are_windows_of_whole_sentences():
    settings = ChunkerSettings(max_chars=200, max_sentences=3, overlap=1)
    art = bundled_articles()[0]
    spans, chunks = chunk_article(art.text, settings)
    assert chunks[0].first == 0 and chunks[-1].last == len(spans) - 1
    for a, b in zip(chunks, chunks[1:]):
        assert b.first <= a.last + 1 and b.first > a.first  # contiguous, overlapping, advancing
    for c in chunks:
        assert c.last - c.first < 3
        assert c.first == c.last or spans[c.last][1] - spans[c.first][0] <= 200


def test_long_sentence_gets_its_own_chunk():
    spans = [(0, 10), (11, 900), (901, 910)]
    chunks = chunk_sentences(spans, ChunkerSettings(max_chars=100, max_sentences=3, overlap=0))
    assert [(c.first, c.last) for c in chunks] == [(0, 0), (1, 1), (2, 2)]


def test_a_long_sentence_is_cut_into_clauses():
    s = ("“Iran will be held fully responsible for lives lost, or damage incurred, at any of our facilities,” "
         "Mr Trump tweeted before his administration announced the immediate deployment of an infantry "
         "battalion of about 750 soldiers.")
    parts = [s[a:b] for a, b in clause_spans(s)]
    assert parts == ["Iran will be held fully responsible for lives lost, or damage incurred, at any of our facilities,",
                     "Mr Trump tweeted",
                     "before his administration announced the immediate deployment of an infantry battalion "
                     "of about 750 soldiers."]
    # "flatly" is under three words: it joins the piece after it.
    s = ("Iran denied it - flatly - and said that the protesters who gathered at the gates of the embassy "
         "compound in Baghdad on Tuesday had acted alone and without any help from Tehran at all.")
    assert [s[a:b] for a, b in clause_spans(s)] == ["Iran denied it", s[s.index("flatly"):]]
    # A sentence under MIN_SENTENCE_WORDS is not cut, whatever its commas.
    assert clause_spans("Esper, the secretary, said in a statement before leaving that troops are ready.") == []
