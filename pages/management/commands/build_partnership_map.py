"""Derive the partnership map's outlines from Natural Earth (world-atlas) and japanmap's prefectures.

The site draws the map on the server from `pages/data/partnership_map.json`, which this command
writes: Europe's countries and Japan's 47 prefectures, projected, clipped and simplified to the
map's pixel grid, each with an anchor for the partners' markers. The sources are the npm package
`world-atlas` (a development dependency) and the wheel of the PyPI package `japanmap`, which
`make partnership-map` downloads without installing it (it would pull OpenCV into the
environment for two JSON files).
"""

import hashlib
import json
import math
import zipfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

PAGES = Path(__file__).resolve().parents[2]
OUTPUT = PAGES / "data" / "partnership_map.json"
BASE_MAP = Path(settings.BASE_DIR) / "cms" / "static" / "img" / "partnership-map.svg"
WORLD_ATLAS = Path(settings.BASE_DIR) / "node_modules" / "world-atlas"

# ISO 3166 numeric codes (Natural Earth's ids) of the countries partners may be in.
COUNTRY_BY_NUMERIC = {
    "040": "AT", "056": "BE", "100": "BG", "756": "CH", "196": "CY", "203": "CZ", "276": "DE",
    "208": "DK", "233": "EE", "724": "ES", "246": "FI", "250": "FR", "300": "GR", "191": "HR",
    "348": "HU", "372": "IE", "352": "IS", "380": "IT", "438": "LI", "440": "LT", "442": "LU",
    "428": "LV", "470": "MT", "528": "NL", "578": "NO", "616": "PL", "620": "PT", "642": "RO",
    "752": "SE", "705": "SI", "703": "SK",
}  # fmt: skip

# Each panel: its longitude and latitude window, its width in map units, the longitude scale.
EUROPE = {"west": -25.0, "east": 35.0, "south": 34.0, "north": 71.5, "width": 460.0}
JAPAN = {"west": 128.5, "east": 146.0, "south": 30.5, "north": 45.8, "width": 420.0}
JAPAN_OFFSET = 520.0
# Okinawa sits in a box in the Japan panel's top left corner, as Japanese maps draw it.
OKINAWA_CODE = "47"
OKINAWA_SHIFT = (3.2, 14.6)
TOLERANCE = 0.7  # map units: about a pixel at the width the site shows the map
SMALLEST_RING = 1.5  # square map units: islands below this vanish at the site's size


def projector(panel, offset=0.0):
    """Return a function from (lon, lat) to map units: equirectangular at the panel's mid-latitude."""
    mid = math.cos(math.radians((panel["south"] + panel["north"]) / 2))
    scale = panel["width"] / ((panel["east"] - panel["west"]) * mid)

    def project(lon, lat):
        return (offset + (lon - panel["west"]) * mid * scale, (panel["north"] - lat) * scale)

    height = (panel["north"] - panel["south"]) * scale
    return project, height


def decode_topology(topology):
    """Yield (id, name, polygons) per country: polygons are lists of rings of (lon, lat)."""
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)

    def ring(indexes):
        points = []
        for index in indexes:
            arc = arcs[index] if index >= 0 else arcs[~index][::-1]
            points.extend(arc[1:] if points else arc)
        return points

    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry["type"] == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        yield (
            geometry.get("id"),
            geometry["properties"]["name"],
            [[ring(indexes) for indexes in polygon] for polygon in polygons],
        )


def clip(points, west, east, south, north):
    """Clip a closed ring to a rectangle (Sutherland-Hodgman)."""
    edges = [
        (lambda p: p[0] >= west, lambda a, b: _cross_x(a, b, west)),
        (lambda p: p[0] <= east, lambda a, b: _cross_x(a, b, east)),
        (lambda p: p[1] >= south, lambda a, b: _cross_y(a, b, south)),
        (lambda p: p[1] <= north, lambda a, b: _cross_y(a, b, north)),
    ]
    for inside, cross in edges:
        if not points:
            break
        clipped = []
        previous = points[-1]
        for point in points:
            if inside(point):
                if not inside(previous):
                    clipped.append(cross(previous, point))
                clipped.append(point)
            elif inside(previous):
                clipped.append(cross(previous, point))
            previous = point
        points = clipped
    return points


def _cross_x(a, b, x):
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def _cross_y(a, b, y):
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def simplify(points, tolerance):
    """Douglas-Peucker on an open polyline, keeping both ends."""
    if len(points) < 3:
        return points
    start, end = points[0], points[-1]
    farthest, index = 0.0, 0
    for position in range(1, len(points) - 1):
        distance = _distance_to_segment(points[position], start, end)
        if distance > farthest:
            farthest, index = distance, position
    if farthest <= tolerance:
        return [start, end]
    return simplify(points[: index + 1], tolerance)[:-1] + simplify(points[index:], tolerance)


def _distance_to_segment(point, start, end):
    dx, dy = end[0] - start[0], end[1] - start[1]
    if dx == dy == 0:
        return math.dist(point, start)
    t = max(
        0.0,
        min(1.0, ((point[0] - start[0]) * dx + (point[1] - start[1]) * dy) / (dx * dx + dy * dy)),
    )
    return math.dist(point, (start[0] + t * dx, start[1] + t * dy))


def area_and_centroid(ring):
    """Signed area and centroid of a closed ring of map points."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    area /= 2
    if area == 0:
        return 0.0, ring[0]
    return area, (cx / (6 * area), cy / (6 * area))


def shape(rings):
    """The SVG path of projected rings and the centroid of the largest: (d, anchor) or None."""
    kept = []
    for ring in rings:
        simplified = simplify([*ring, ring[0]], TOLERANCE)[:-1]
        rounded = []
        for x, y in simplified:
            point = (round(x, 1), round(y, 1))
            if not rounded or point != rounded[-1]:
                rounded.append(point)
        area, centroid = area_and_centroid(rounded) if len(rounded) >= 3 else (0.0, None)
        if abs(area) >= SMALLEST_RING:
            kept.append((abs(area), centroid, rounded))
    if not kept:
        return None
    path = "".join(
        "M" + "L".join(f"{_number(x)} {_number(y)}" for x, y in ring) + "Z" for _, _, ring in kept
    )
    _, (ax, ay), _ = max(kept, key=lambda item: item[0])
    return path, [round(ax, 1), round(ay, 1)]


def _number(value):
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def europe(topology):
    """Europe's countries: code (partners' countries only), name, path and anchor."""
    project, height = projector(EUROPE)
    window = (EUROPE["west"], EUROPE["east"], EUROPE["south"], EUROPE["north"])
    countries = []
    for numeric, name, polygons in decode_topology(topology):
        rings = []
        for polygon in polygons:
            longitudes = [lon for lon, _ in polygon[0]]
            latitudes = [lat for _, lat in polygon[0]]
            if max(longitudes) - min(longitudes) > 180:
                continue  # wraps the antimeridian (far-eastern Russia): nowhere near the window
            if (
                min(longitudes) > window[1]
                or max(longitudes) < window[0]
                or min(latitudes) > window[3]
                or max(latitudes) < window[2]
            ):
                continue
            outer = clip(polygon[0], *window)
            if len(outer) >= 3:
                rings.append([project(lon, lat) for lon, lat in outer])
        code = COUNTRY_BY_NUMERIC.get(numeric, "")
        drawn = shape(rings)
        if not drawn and code and rings:
            # Too small to draw at this size (Malta, Liechtenstein), yet partners need a marker.
            points = [point for ring in rings for point in ring]
            middle = [sum(axis) / len(points) for axis in zip(*points, strict=True)]
            drawn = ("", [round(middle[0], 1), round(middle[1], 1)])
        if drawn:
            countries.append({"code": code, "name": name, "d": drawn[0], "anchor": drawn[1]})
    countries.sort(key=lambda country: (country["code"] == "", country["code"], country["name"]))
    return {"height": round(height, 1), "countries": countries}


def japan(japanmap_data):
    """Japan's prefectures: JIS code, path and anchor, with Okinawa moved into its box."""
    project, height = projector(JAPAN, JAPAN_OFFSET)
    boundary_points, outlines = japanmap_data
    prefectures = []
    for number, segments in enumerate(outlines, start=1):
        code = f"{number:02d}"
        ring = [boundary_points[index][0] for _, indexes in segments for index in indexes]
        if code == OKINAWA_CODE:
            ring = [(lon + OKINAWA_SHIFT[0], lat + OKINAWA_SHIFT[1]) for lon, lat in ring]
        if ring[0] == ring[-1]:
            ring = ring[:-1]
        path, anchor = shape([[project(lon, lat) for lon, lat in ring]])
        prefectures.append({"code": code, "d": path, "anchor": anchor})
    okinawa = [project(*corner) for corner in ((130.1, 42.2), (133.2, 40.0))]
    box = [round(okinawa[0][0], 1), round(okinawa[0][1], 1)]
    box += [round(okinawa[1][0] - okinawa[0][0], 1), round(okinawa[1][1] - okinawa[0][1], 1)]
    return {"height": round(height, 1), "okinawa_box": box, "prefectures": prefectures}


def source(name, version, licence, member, raw):
    """A source's record: what it is, under which licence, and the digest of the file read."""
    return {
        "package": name,
        "version": version,
        "licence": licence,
        "file": member,
        "sha256": hashlib.sha256(raw).hexdigest(),
    }


def build(world_atlas_dir, japanmap_wheel):
    """The map's data from the two sources."""
    topology_raw = (world_atlas_dir / "countries-50m.json").read_bytes()
    atlas_version = json.loads((world_atlas_dir / "package.json").read_text())["version"]
    with zipfile.ZipFile(japanmap_wheel) as wheel:
        japan_raw = wheel.read("japanmap/japan.json")
    japanmap_version = Path(japanmap_wheel).name.split("-")[1]
    europe_panel = europe(json.loads(topology_raw))
    japan_panel = japan(json.loads(japan_raw))
    return {
        "width": JAPAN_OFFSET + JAPAN["width"],
        "height": max(europe_panel["height"], japan_panel["height"]),
        "sources": [
            source(
                "world-atlas (npm), Natural Earth 1:50m countries",
                atlas_version,
                "ISC; Natural Earth data is in the public domain",
                "countries-50m.json",
                topology_raw,
            ),
            source(
                "japanmap (PyPI), prefecture outlines",
                japanmap_version,
                "Apache-2.0",
                "japanmap/japan.json",
                japan_raw,
            ),
        ],
        "europe": europe_panel,
        "japan": japan_panel,
    }


def base_map(data):
    """The land of both panels as a standalone SVG: what every page's map draws over."""
    paths = [country["d"] for country in data["europe"]["countries"]]
    paths += [prefecture["d"] for prefecture in data["japan"]["prefectures"]]
    x, y, width, height = data["japan"]["okinawa_box"]
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_number(data["width"])} '
        f'{_number(data["height"])}"><g fill="#e3e7ee" stroke="#fff" stroke-width=".6" '
        'stroke-linejoin="round">'
        + "".join(f'<path d="{path}"/>' for path in paths if path)
        + f'</g><rect x="{x}" y="{y}" width="{width}" height="{height}" fill="none" '
        'stroke="#9aa3b2" stroke-width=".8"/></svg>\n'
    )


class Command(BaseCommand):
    help = "Write pages/data/partnership_map.json from world-atlas and a japanmap wheel."

    def add_arguments(self, parser):
        parser.add_argument("japanmap_wheel", help="Path of the japanmap wheel (pip download).")
        parser.add_argument(
            "--world-atlas", default=str(WORLD_ATLAS), help="The world-atlas package's folder."
        )
        parser.add_argument("--output", default=str(OUTPUT), help="Where to write the map data.")
        parser.add_argument(
            "--base-map", default=str(BASE_MAP), help="Where to write the base map's SVG."
        )

    def handle(self, *args, **options):
        data = build(Path(options["world_atlas"]), options["japanmap_wheel"])
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        Path(options["output"]).write_text(text + "\n", encoding="utf-8")
        Path(options["base_map"]).write_text(base_map(data), encoding="utf-8")
        self.stdout.write(f"Wrote {options['output']} and {options['base_map']}.")
