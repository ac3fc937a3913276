from collections import deque
maze = """
##########
#S.....#.#
#.##.#.#.#
#.#..#...#
#.#.####.#
#...#...E#
##########
""".strip().splitlines()
H, W = len(maze), len(maze[0])
start = next((r, c) for r in range(H) for c in range(W) if maze[r][c] == "S")
end = next((r, c) for r in range(H) for c in range(W) if maze[r][c] == "E")
prev = {start: None}
q = deque([start])
while q:
    cur = q.popleft()
    if cur == end:
        break
    r, c = cur
    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
        if maze[nr][nc] != "#" and (nr, nc) not in prev:
            prev[(nr, nc)] = cur
            q.append((nr, nc))
path = []
node = end
while node:
    path.append(node)
    node = prev[node]
print("steps:", len(path) - 1)
grid = [list(row) for row in maze]
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
