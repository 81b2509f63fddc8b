"""Command line: ``python -m codegen generate|check-generated|update-spec|diff|products|generate-stream``.

Each command works on the products of ``products.yaml``: ``--product NAME`` (or ``all``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from codegen.generate import ROOT, GenerationError
from codegen.specfile import SpecError


def _products_arg(parser: argparse.ArgumentParser, default: str | None) -> None:
    parser.add_argument(
        "--product",
        default=default,
        help="a product of products.yaml, or all" + (f" (default: {default})" if default else ""),
    )
    parser.add_argument("--products", type=Path, default=ROOT / "products.yaml", help=argparse.SUPPRESS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen")
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="regenerate products' packages, atomically")
    _products_arg(gen, None)
    gen.add_argument("--spec", type=Path, help="generate from this document instead (one product; default: trade)")
    gen.add_argument("--out", type=Path, default=ROOT / "generated")
    check = sub.add_parser("check-generated", help="the drift gate: regenerate and compare with what git has")
    _products_arg(check, "all")
    stream = sub.add_parser("generate-stream", help="the Trade stream's message models from an AsyncAPI document")
    stream.add_argument("--asyncapi", type=Path, required=True, help="the AsyncAPI YAML, or a prepared _openapi.json")
    stream.add_argument("--out", type=Path, default=ROOT / "generated")
    diff = sub.add_parser("diff", help="summarise what changed between two documents (OpenAPI or AsyncAPI)")
    diff.add_argument("old", type=Path, help="the older document, or the newer one with --product")
    diff.add_argument("new", type=Path, nargs="?")
    _products_arg(diff, None)
    upd = sub.add_parser("update-spec", help="fetch, check and adopt a product's new upstream document")
    _products_arg(upd, "trade")
    source = upd.add_mutually_exclusive_group()
    source.add_argument("--url")
    source.add_argument("--file", type=Path)
    upd.add_argument("--test-command", default="make test")
    listing = sub.add_parser("products", help="list the products and what each is generated from")
    _products_arg(listing, "all")
    listing.add_argument("--packages", action="store_true", help="print only the package names")
    args = parser.parse_args(argv)

    try:
        return _run(args)
    except (SpecError, GenerationError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace) -> int:
    from codegen.pipeline import check_generated, describe, generate_product
    from codegen.products import load_products, select

    products = load_products(args.products)
    if args.command == "generate":
        name = args.product or ("trade" if args.spec is not None else "all")
        targets = select(products, name, args.products)
        if args.spec is not None and len(targets) != 1:
            raise GenerationError("--spec (SPEC=) names one document: pick one product with --product (PRODUCT=)")
        for product in targets:
            print(describe(product, args.out, generate_product(product, args.out, args.spec)), flush=True)
    elif args.command == "check-generated":
        problems = check_generated(select(products, args.product, args.products), products)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            return 1
        print("generated/ is current")
    elif args.command == "generate-stream":
        if "trade-stream" not in products:
            raise GenerationError("products.yaml has no trade-stream product: use generate --product NAME --spec PATH")
        stream = products["trade-stream"]
        print(describe(stream, args.out, generate_product(stream, args.out, args.asyncapi)))
    elif args.command == "diff":
        from codegen.specdiff import summarize_files

        if args.new is None:
            if not args.product or args.product == "all":
                raise GenerationError("diff needs OLD NEW, or --product NAME NEW (against the vendored document)")
            (product,) = select(products, args.product, args.products)
            print(summarize_files(product.document, args.old))
        else:
            print(summarize_files(args.old, args.new))
    elif args.command == "update-spec":
        from codegen.update import update_spec

        if args.product == "all":
            raise GenerationError("update-spec adopts one product's document at a time: pass PRODUCT=name")
        (chosen,) = select(products, args.product, args.products)
        update_spec(url=args.url, file=args.file, test_command=args.test_command, product=chosen)
    elif args.packages:
        print(" ".join(product.package for product in select(products, args.product, args.products)))
    else:
        for product in select(products, args.product, args.products):
            overlay = f", overlay {product.overlay.relative_to(product.root)}" if product.overlay else ""
            where = product.document.relative_to(product.root) if product.vendored else product.document
            print(f"{product.name:<14} {product.package:<30} {product.kind:<9} {where}{overlay}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
