#!/usr/bin/env python3
"""Derives Nguồn's boundary files (ejb/src/main/resources/vn/nguon/org/data/*-boundaries.json.gz)
from lamngockhuong/vietnam-3d-map (MIT): public/provinces.json and public/wards/<province>.json.

Usage: derive-boundaries.py <checkout of vietnam-3d-map> <output directory>

What it does, and nothing else: keeps each unit's code and rings (lon, lat as in the source,
already simplified there: Douglas-Peucker 0.0005° ≈ 50 m for communes, 0.008° ≈ 800 m for
provinces); pads the one code the source wrote without its leading zero (5665 → 05665); checks
that every code is one of communes.csv / provinces.csv and every row of those has a shape; writes
{"source": ..., "units": {code: [[lon, lat, lon, lat, ...], ...]}} gzipped (deterministic).
"""
import csv, glob, gzip, json, os, sys

src, out = sys.argv[1], sys.argv[2]
data = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../ejb/src/main/resources/vn/nguon/org/data')
communes = {r['code'] for r in csv.DictReader(open(os.path.join(data, 'communes.csv'), encoding='utf-8'))}
provinces = {r['code'] for r in csv.DictReader(open(os.path.join(data, 'provinces.csv'), encoding='utf-8'))}
SOURCE = 'lamngockhuong/vietnam-3d-map (MIT), geometry from gis.vn / sapnhap.bando.com.vn, 2025 units'


def rings(polygons):
    return [[c for point in ring for c in point] for ring in polygons if len(ring) >= 3]


def write(name, units, expected):
    missing, unknown = expected - units.keys(), units.keys() - expected
    if missing or unknown:
        sys.exit(f'{name}: missing {sorted(missing)[:10]}, unknown {sorted(unknown)[:10]}')
    body = json.dumps({'source': SOURCE, 'units': dict(sorted(units.items()))}, ensure_ascii=False, separators=(',', ':'))
    with open(os.path.join(out, name), 'wb') as f:
        with gzip.GzipFile(fileobj=f, mode='wb', mtime=0, compresslevel=9) as z:
            z.write(body.encode('utf-8'))
    print(name, len(units), 'units', sum(len(r) // 2 for u in units.values() for r in u), 'points')


wards = {}
for f in sorted(glob.glob(os.path.join(src, 'public/wards/[0-9]*.json'))):
    for w in json.load(open(f, encoding='utf-8'))['wards']:
        wards[w['id'].zfill(5)] = rings(w['polygons'])
write('commune-boundaries.json.gz', wards, communes)
whole = json.load(open(os.path.join(src, 'public/provinces.json'), encoding='utf-8'))
write('province-boundaries.json.gz', {p['id'].zfill(2): rings(p['polygons']) for p in whole['provinces']}, provinces)
