# Regenerates resources/icon.png (512x512): python3 resources/make-icon.py — no dependencies.
import struct, zlib

N = 512
RED = (200, 16, 46)
WHITE = (255, 255, 255)
SS = 4

def in_round_rect(x, y, x0, y0, x1, y1, r):
    if x < x0 or x > x1 or y < y0 or y > y1:
        return False
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r

def sample(x, y):
    """(colour, alpha) at a point."""
    if not in_round_rect(x, y, 16, 16, N - 16, N - 16, 96):
        return None
    # white page
    if in_round_rect(x, y, 128, 96, 384, 416, 28):
        # red ruled lines on the page
        for ly in (190, 250, 310):
            if 170 <= x <= 342 and ly - 10 <= y <= ly + 10:
                return RED
        # binding strip on the left of the page
        if 128 <= x <= 150:
            return (235, 200, 205)
        return WHITE
    return RED

rows = []
for py in range(N):
    row = bytearray([0])
    for px in range(N):
        r = g = b = a = 0
        for sy in range(SS):
            for sx in range(SS):
                c = sample(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS)
                if c:
                    r += c[0]; g += c[1]; b += c[2]; a += 1
        if a:
            row += bytes((r // a, g // a, b // a, 255 * a // (SS * SS)))
        else:
            row += bytes((0, 0, 0, 0))
    rows.append(bytes(row))

def chunk(kind, data):
    c = kind + data
    return struct.pack('>I', len(data)) + c + struct.pack('>I', zlib.crc32(c) & 0xFFFFFFFF)

png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', N, N, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + chunk(b'IEND', b'')
open('resources/icon.png', 'wb').write(png)
print(len(png))
