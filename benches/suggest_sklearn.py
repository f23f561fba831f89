"""The suggestions' yardstick: scikit-learn's TF-IDF logistic regression, trained on the same
labels as Sift's model in benches/suggest.rs and ranking the same held-out sentences (read
from target/suggest/split.json, which that benchmark writes). Prints one line per number of
labels: SKLEARN n average-precision. With fewer than two kinds of label among the first n it
cannot train, and prints chance (the share of claims)."""
import json

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score
from sklearn.pipeline import make_pipeline, make_union

split = json.load(open("target/suggest/split.json"))
pool, test = split["pool"], split["test"]
texts = [row["text"] for row in test]
truth = [row["claim"] for row in test]
for n in split["labels"]:
    labels = [row["claim"] for row in pool[:n]]
    if len(set(labels)) < 2:
        print(f"SKLEARN {n} {sum(truth) / len(truth):.3f}")
        continue
    model = make_pipeline(
        make_union(
            TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True),
        ),
        LogisticRegression(max_iter=1000),
    )
    model.fit([row["text"] for row in pool[:n]], labels)
    print(f"SKLEARN {n} {average_precision_score(truth, model.predict_proba(texts)[:, 1]):.3f}")
