"""The suggestions' yardstick: scikit-learn's TF-IDF logistic regression, trained on the same
labels as Sift's model in benches/suggest.rs and ranking the same held-out sentences (read
from target/suggest/<data set>.json, which that benchmark writes; its output names the data set). Prints a table of average
precision by number of labels beside Sift's figures (read from that benchmark's output, the
first argument) and draws the learning curves as an SVG (the second argument), its legend above the plot.
With fewer than two kinds of label among the first n labels scikit-learn cannot train: its
figure there is chance (the share of claims)."""
import json
import math
import sys

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score
from sklearn.pipeline import make_pipeline, make_union

sift_output, svg_path = sys.argv[1], sys.argv[2]
data = next(line.split()[1] for line in open(sift_output) if line.startswith("DATA "))
split = json.load(open(f"target/suggest/{data}.json"))
pool, test = split["pool"], split["test"]
texts = [row["text"] for row in test]
truth = [row["claim"] for row in test]
curves = {"scikit-learn TF-IDF + logistic regression": {}}
for n in split["labels"]:
    labels = [row["claim"] for row in pool[:n]]
    if len(set(labels)) < 2:
        curves["scikit-learn TF-IDF + logistic regression"][n] = sum(truth) / len(truth)
        continue
    model = make_pipeline(
        make_union(
            TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True),
        ),
        LogisticRegression(max_iter=1000),
    )
    model.fit([row["text"] for row in pool[:n]], labels)
    curves["scikit-learn TF-IDF + logistic regression"][n] = average_precision_score(truth, model.predict_proba(texts)[:, 1])

names = {"SIFT": "Sift (prior + your labels)", "SIFT-LABELS-ONLY": "Sift, your labels only (no prior)"}
for line in open(sift_output):
    parts = line.split()
    if len(parts) == 3 and parts[0] in names:
        curves.setdefault(names[parts[0]], {})[int(parts[1])] = float(parts[2])

print(f"{'labels':>8}" + "".join(f"{name[:34]:>36}" for name in curves))
for n in split["labels"]:
    print(f"{n:>8}" + "".join(f"{curve.get(n, float('nan')):>36.3f}" for curve in curves.values()))

# The curves: average precision against the number of labels, evenly spaced; the scale runs
# from 0 to the tenth above the highest figure, so that a data set of rare claims is legible.
W, H, L, B, T, R = 640, 400, 56, 48, 72, 20
ns = split["labels"]
top = math.ceil(max(max(curve.values()) for curve in curves.values()) * 10 + 1e-9) / 10
x = lambda i: L + i * (W - L - R) / (len(ns) - 1)
y = lambda ap: T + (1 - ap / top) * (H - T - B)
colours = ["#a84800", "#005a8c", "#00704f"]
dashes = ["", "6 4", "2 3"]
parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" font-family="sans-serif" font-size="12">',
         f'<rect width="{W}" height="{H}" fill="#fff"/>']
step = 0.1 if top > 0.3 else 0.02
for tick in [step * k for k in range(round(top / step) + 1)]:
    parts.append(f'<line x1="{L}" x2="{W - R}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" stroke="#ddd"/>')
    parts.append(f'<text x="{L - 8}" y="{y(tick) + 4:.1f}" text-anchor="end">{tick:.2f}</text>')
for i, n in enumerate(ns):
    parts.append(f'<text x="{x(i):.1f}" y="{H - B + 18}" text-anchor="middle">{n}</text>')
parts.append(f'<text x="{(L + W - R) / 2}" y="{H - 8}" text-anchor="middle">labels learned from</text>')
parts.append(f'<text x="14" y="{(T + H - B) / 2}" transform="rotate(-90 14 {(T + H - B) / 2})" text-anchor="middle">average precision for claim</text>')
for k, (name, curve) in enumerate(curves.items()):
    points = " ".join(f"{x(i):.1f},{y(curve[n]):.1f}" for i, n in enumerate(ns) if n in curve)
    parts.append(f'<polyline points="{points}" fill="none" stroke="{colours[k]}" stroke-width="2.5" stroke-dasharray="{dashes[k]}"/>')
    parts.append(f'<line x1="{L + 16}" x2="{L + 46}" y1="{10 + 18 * k}" y2="{10 + 18 * k}" stroke="{colours[k]}" stroke-width="2.5" stroke-dasharray="{dashes[k]}"/>')
    parts.append(f'<text x="{L + 52}" y="{14 + 18 * k}">{name}</text>')
parts.append("</svg>")
open(svg_path, "w").write("\n".join(parts) + "\n")
