"""Command line: ``python -m codegen generate|generate-stream|update-spec|diff``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from codegen.generate import ROOT, GenerationError, generate
from codegen.specfile import SpecError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen")
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="regenerate the client from a spec, atomically")
    gen.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    gen.add_argument("--out", type=Path, default=ROOT / "generated")
    stream = sub.add_parser("generate-stream", help="regenerate the WebSocket message models from an AsyncAPI document")
    stream.add_argument("--asyncapi", type=Path, required=True, help="the AsyncAPI YAML, or a prepared _openapi.json")
    stream.add_argument("--out", type=Path, default=ROOT / "generated")
    diff = sub.add_parser("diff", help="summarise what changed between two specs")
    diff.add_argument("old", type=Path)
    diff.add_argument("new", type=Path)
    upd = sub.add_parser("update-spec", help="fetch, check and adopt a new upstream spec")
    source = upd.add_mutually_exclusive_group()
    source.add_argument("--url")
    source.add_argument("--file", type=Path)
    upd.add_argument("--test-command", default="make test")
    args = parser.parse_args(argv)

    try:
        if args.command == "generate":
            stamp = generate(args.spec, args.out)
            print(
                f"generated {args.out}/kalshi_trade_api from {args.spec}: "
                f"{stamp['operation_count']} operations, {stamp['model_count']} models, "
                f"preparation {stamp['normalization']}"
            )
        elif args.command == "generate-stream":
            from codegen.asyncapi import STREAM_PACKAGE, generate_stream

            stamp = generate_stream(args.asyncapi, args.out)
            print(
                f"generated {args.out}/{STREAM_PACKAGE} from {args.asyncapi}: {stamp['model_count']} models, "
                f"{stamp['message_type_count']} message types, preparation {stamp['normalization']}"
            )
        elif args.command == "diff":
            from codegen.specdiff import summarize_files

            print(summarize_files(args.old, args.new))
        else:
            from codegen.update import update_spec

            update_spec(url=args.url, file=args.file, test_command=args.test_command)
    except (SpecError, GenerationError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
