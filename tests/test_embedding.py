"""The embedder: a query's few texts take a short path through the model and must get the same vectors."""

import numpy as np

from index.embedding import SMALL_BATCH


def test_small_batches_match_encode(embedder):
    texts = ["How many soldiers is the US sending to Iraq?", "Who is Iraq's premier?",
             "Witnesses told dpa that protesters crossed the outside wall of the US embassy compound."]
    direct = embedder.embed(texts)
    assert len(texts) <= SMALL_BATCH   # the short path is the one under test
    reference = embedder.model.encode(texts, normalize_embeddings=True, convert_to_numpy=True)
    assert direct.dtype == np.float32 and direct.shape == (3, embedder.dim)
    np.testing.assert_allclose(direct, reference, atol=1e-5)
    np.testing.assert_allclose(np.linalg.norm(direct, axis=1), 1.0, atol=1e-5)
    # One text alone gets the vector it gets among others (padding changes nothing).
    np.testing.assert_allclose(embedder.embed(texts[1:2])[0], direct[1], atol=1e-5)
