"""`briefcli batch`: inputs of every kind, order, error lines, --resume, workers and Dask."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefcli.cli import app

runner = CliRunner()

ARTICLES = [
    "Le président russe Vladimir Poutine est arrivé à Pékin. « Nous avons signé 22 accords », a-t-il déclaré.\n",
    "Le gouvernement français a présenté un plan de 3 milliards d'euros pour l'hôpital public.\n",
    "Emmanuel Macron a reçu le chancelier allemand à l'Élysée pour parler d'énergie.\n",
    "La SNCF annonce 1.200 embauches en 2024 pour faire rouler plus de trains régionaux.\n",
    "Le club de Marseille a battu Lyon 3 à 1 dimanche soir devant 60.000 spectateurs.\n",
    "L'Organisation mondiale de la santé alerte sur la hausse des cas de rougeole en Europe.\n",
]


def lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def names(records: list[dict]) -> list[str]:
    return [r["source"]["name"] for r in records]


def write_corpus(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path) -> Path:
    return write_corpus(tmp_path / "corpus.jsonl",
                        [{"id": f"art-{i}", "title": f"Titre {i}", "text": t} for i, t in enumerate(ARTICLES)])


def test_directory_walked_recursively_with_glob(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text(ARTICLES[1], encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text(ARTICLES[0], encoding="utf-8")
    (tmp_path / "c.md").write_text("# Un titre\n\n" + ARTICLES[2], encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    result = runner.invoke(app, ["batch", str(tmp_path), "--glob", "*.txt", "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert names(lines(result.stdout)) == [str(tmp_path / "b.txt"), str(tmp_path / "sub" / "a.txt")]
    # without --glob: every file inputs.read knows (.txt, .md, .html…), not the JSON
    result = runner.invoke(app, ["batch", str(tmp_path), "-w", "1", "-q"])
    assert result.exit_code == 0, result.output
    records = lines(result.stdout)
    assert names(records) == [str(tmp_path / "b.txt"), str(tmp_path / "c.md"), str(tmp_path / "sub" / "a.txt")]
    assert records[1]["title"] == "Un titre"
    assert all(r["schema"] == 1 and "error" not in r for r in records)


def test_jsonl_fields_ids_titles_and_bad_lines(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join([
        json.dumps({"key": "k1", "headline": "Poutine à Pékin", "body": ARTICLES[0]}, ensure_ascii=False),
        "",
        json.dumps({"body": ARTICLES[1]}, ensure_ascii=False),  # no id: FILE:LINE
        "{not json",
        json.dumps({"key": "k4", "text": "wrong field"}),
        json.dumps({"key": "k5", "body": "   "}),
    ]) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["batch", str(path), "--text-field", "body", "--id-field", "key",
                                 "--title-field", "headline", "-w", "1"])
    assert result.exit_code == 1
    records = lines(result.stdout)
    assert names(records) == ["k1", f"{path}:3", f"{path}:4", "k4", "k5"]
    assert records[0]["title"] == "Poutine à Pékin"
    assert any(a["name"] == "Vladimir Poutine" for a in records[0]["actors"])
    assert "error" not in records[1]
    assert [r["error"]["type"] for r in records[2:]] == ["InputError"] * 3
    assert "--text-field" in records[3]["error"]["message"]
    assert "2 briefed, 3 failed" in result.stderr


def test_stdin_jsonl_and_single_article(corpus):
    result = runner.invoke(app, ["batch", "-", "-w", "1"], input=corpus.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.output
    assert names(lines(result.stdout)) == [f"art-{i}" for i in range(len(ARTICLES))]
    result = runner.invoke(app, ["batch", "-", "-w", "1"], input=ARTICLES[0])
    assert result.exit_code == 0, result.output
    [record] = lines(result.stdout)
    assert record["source"]["name"] == "<stdin>"
    assert record["figures"][0]["value"] == "22"


def test_two_workers_keep_input_order_and_give_the_same_lines(corpus, tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert runner.invoke(app, ["batch", str(corpus), "-w", "1", "-o", str(one)]).exit_code == 0
    result = runner.invoke(app, ["batch", str(corpus), "-w", "2", "--batch-size", "1", "-o", str(two)])
    assert result.exit_code == 0, result.output
    assert names(lines(two.read_text(encoding="utf-8"))) == [f"art-{i}" for i in range(len(ARTICLES))]
    assert two.read_text(encoding="utf-8") == one.read_text(encoding="utf-8")


def test_chunks_shrink_at_the_end_for_several_workers():
    """Guided chunking: full chunks while the end is far, then smaller ones, so that no worker
    briefs a last full chunk alone; every task once, in order; one worker keeps full chunks."""
    from briefcli.batch import chunks

    tasks = list(range(300))
    sizes = [len(c) for c in chunks(iter(tasks), 16, 2)]
    assert [t for c in chunks(iter(tasks), 16, 2) for t in c] == tasks
    assert sizes[:12] == [16] * 12 and sizes[-1] <= 2 and max(sizes[-4:]) < 16
    assert sizes == sorted(sizes, reverse=True)
    assert [len(c) for c in chunks(iter(tasks), 16, 1)] == [16] * 18 + [12]
    small = [len(c) for c in chunks(iter(range(20)), 16, 2)]  # was 16 + 4: one worker did 4/5 of it
    assert sum(small) == 20 and max(small) <= 5


def test_bad_inputs_become_error_lines_and_exit_1(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLES[0], encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    missing = [str(tmp_path / "missing-1.txt"), str(tmp_path / "missing-2.txt")]
    result = runner.invoke(app, ["batch", missing[0], str(tmp_path / "empty.txt"), str(good), missing[1],
                                 str(tmp_path / "binary.txt"), "-w", "1", "-q"])
    assert result.exit_code == 1
    records = lines(result.stdout)
    assert names(records) == [missing[0], str(tmp_path / "empty.txt"), str(good), missing[1],
                              str(tmp_path / "binary.txt")]
    assert [("error" in r) for r in records] == [True, True, False, True, True]
    assert records[0] == {"schema": 1, "source": {"name": missing[0]},
                          "error": {"type": "InputError", "message": f"{missing[0]}: no such file"}}
    # the closing summary groups failures by kind, even with --quiet
    assert "1 briefed, 4 failed" in result.stderr
    assert "2 × InputError: no such file" in result.stderr


def test_an_unexpected_exception_fails_only_its_article(corpus, monkeypatch):
    from briefcli import api

    real = api.build_brief

    def flaky(doc, clean, original, **kwargs):
        if kwargs.get("name") == "art-2":
            raise ZeroDivisionError("boom")
        return real(doc, clean, original, **kwargs)

    monkeypatch.setattr(api, "build_brief", flaky)
    result = runner.invoke(app, ["batch", str(corpus), "-w", "1", "--batch-size", "4"])
    assert result.exit_code == 1
    records = lines(result.stdout)
    assert names(records) == [f"art-{i}" for i in range(len(ARTICLES))]
    assert records[2]["error"] == {"type": "ZeroDivisionError", "message": "boom"}
    assert all("error" not in r for i, r in enumerate(records) if i != 2)


def test_resume_skips_what_is_done(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    # art-0 and art-3 are "done" (marked lines, which must be left as they are)
    done = [{"schema": 1, "source": {"name": n}, "marker": True} for n in ("art-0", "art-3")]
    out.write_text("".join(json.dumps(d) + "\n" for d in done), encoding="utf-8")
    result = runner.invoke(app, ["batch", str(corpus), "-o", str(out), "--resume", "-w", "1"])
    assert result.exit_code == 0, result.output
    records = lines(out.read_text(encoding="utf-8"))
    assert records[:2] == done
    assert names(records[2:]) == ["art-1", "art-2", "art-4", "art-5"]
    assert "2 skipped" in result.stderr
    again = runner.invoke(app, ["batch", str(corpus), "-o", str(out), "--resume", "-w", "1"])
    assert again.exit_code == 0
    assert len(lines(out.read_text(encoding="utf-8"))) == len(ARTICLES)


def test_resume_repairs_a_line_cut_short_by_a_kill(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["batch", str(corpus), "-o", str(out), "-w", "1"]).exit_code == 0
    full = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(full[:3]) + full[3][: len(full[3]) // 2], encoding="utf-8")  # killed mid-line
    result = runner.invoke(app, ["batch", str(corpus), "-o", str(out), "--resume", "-w", "1"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == "".join(full)
    assert "3 skipped" in result.stderr


def test_resume_needs_an_output_file(corpus):
    result = runner.invoke(app, ["batch", str(corpus), "--resume"])
    assert result.exit_code == 2


def test_dask_local_cluster_gives_the_same_lines(corpus, tmp_path):
    pytest.importorskip("distributed")
    from distributed import LocalCluster

    local = runner.invoke(app, ["batch", str(corpus), "-w", "1"])
    missing = str(tmp_path / "missing.txt")
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        result = runner.invoke(app, ["batch", str(corpus), missing, "--batch-size", "2", "-q",
                                     "--scheduler", cluster.scheduler_address])
    assert result.exit_code == 1, result.output
    records = lines(result.stdout)
    assert records[:-1] == lines(local.stdout)
    assert records[-1]["source"]["name"] == missing and records[-1]["error"]["type"] == "InputError"


def test_dask_local_workers_are_forked_with_the_pipeline_loaded(corpus):
    """`--scheduler local`: the workers come from briefcli's forkserver (the pipeline loaded there,
    once), not spawned by the nannies of this process, and they brief as the local run does."""
    pytest.importorskip("distributed")
    import multiprocessing
    import os

    if "forkserver" not in multiprocessing.get_all_start_methods():
        pytest.skip("no forkserver on this platform")
    from briefcli.batch import BriefOptions, JsonlSink, iter_tasks, run
    from briefcli.dask_runner import DaskExecutor

    options = BriefOptions(batch_size=2)
    executor = DaskExecutor("local", options, workers=1)
    try:
        parents = set(executor.client.run(os.getppid).values())
        loaded = set(executor.client.run(lambda: "briefcli.pipeline" in __import__("sys").modules).values())
        sink = JsonlSink()
        out = []
        sink.write = out.append
        run(iter_tasks([str(corpus)]), sink, executor, options, prepare=executor.prepare)
    finally:
        executor.close()
    assert os.getpid() not in parents and loaded == {True}
    assert out == [line for line in runner.invoke(app, ["batch", str(corpus), "-w", "1"]).stdout.splitlines()]


def test_help_has_examples():
    result = runner.invoke(app, ["batch", "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output and "--scheduler" in result.output
