#!/usr/bin/env python3
"""Wraps C# lines longer than the house width (160) at the places a reader expects a break.

Usage: scripts/wrap-long-lines.py [--width N] FILE...   (rewrites the files in place; prints what it could not wrap)

The breaks, tried in order on each long line, each one re-applied to the lines it produces:
  - a /// or // comment is re-flowed over several comment lines;
  - an expression body: the line breaks after a top-level `=>` and the body goes on the next line;
  - the outermost argument, parameter or collection list that overflows: its items fill lines (4 spaces further in);
  - a binary operator (&&, ||, ??, ?, :, +) or a `.Member(` call chain at the lowest nesting;
  - a long string literal is cut at a space into two literals joined by `+`.
Raw string literals ("""...""") and the lines that open or close them are left for a person to wrap.
Strings, chars and comments are never cut by the code rules. The compiler and `dotnet format` check the result.
"""
import re
import sys

WIDTH = 160


def scan(line):
    """Per character: (depth, is_code). Tracks (), [], {} nesting and skips strings, chars and // comments."""
    info = []
    depth = 0
    i = 0
    n = len(line)
    while i < n:
        c = line[i]
        if line.startswith('//', i):
            info.extend([(depth, False)] * (n - i))
            break
        raw = re.match(r'\$*"""', line[i:])
        if raw:
            j = line.find('"""', i + len(raw.group(0)))
            j = n if j < 0 else j + 3
            info.extend([(depth, False)] * (j - i))
            i = j
            continue
        m = re.match(r'(\$@|@\$|\$|@)?"', line[i:])
        if m:
            prefix = m.group(1) or ''
            j = i + len(m.group(0))
            verbatim = '@' in prefix
            interp = '$' in prefix
            braces = 0
            while j < n:
                ch = line[j]
                if interp and ch == '{':
                    if line.startswith('{{', j) and braces == 0:
                        j += 2
                        continue
                    braces += 1
                elif interp and ch == '}' and braces > 0:
                    braces -= 1
                elif ch == '\\' and not verbatim and braces == 0:
                    j += 2
                    continue
                elif ch == '"' and braces == 0:
                    if verbatim and line.startswith('""', j):
                        j += 2
                        continue
                    j += 1
                    break
                elif ch == '"' and braces > 0:
                    k = line.find('"', j + 1)
                    j = n if k < 0 else k + 1
                    continue
                j += 1
            info.extend([(depth, False)] * (j - i))
            i = j
            continue
        if c == "'":
            m = re.match(r"'(\\.|[^'\\])*'", line[i:])
            if m:
                info.extend([(depth, False)] * len(m.group(0)))
                i += len(m.group(0))
                continue
        if c in '([{':
            info.append((depth, True))
            depth += 1
        elif c in ')]}':
            depth -= 1
            info.append((depth, True))
        else:
            info.append((depth, True))
        i += 1
    return info


def indent_of(line):
    return len(line) - len(line.lstrip(' '))


def fill(first, pieces, cont_indent, width):
    """Greedy fill: `first` then pieces, a new line (cont_indent) whenever the next piece would overflow."""
    lines = [first]
    for piece in pieces:
        if piece.strip() == '':
            continue
        if len(lines[-1]) + len(piece) <= width or lines[-1].strip() == '':
            lines[-1] += piece
        else:
            lines[-1] = lines[-1].rstrip()
            lines.append(' ' * cont_indent + piece.lstrip())
    return lines


def wrap_comment(line, width):
    m = re.match(r'^(\s*)(///?\s?)(.*)$', line)
    if not m:
        return None
    lead = m.group(1) + m.group(2)
    words = re.findall(r'(?:<[^>]*>|[^\s<])+', m.group(3))
    out = [lead]
    for w in words:
        if out[-1] != lead and len(out[-1]) + 1 + len(w) > width:
            out.append(lead + w)
        else:
            out[-1] = out[-1] + ('' if out[-1] == lead else ' ') + w
    return out if len(out) > 1 else None


def break_expression_body(line, info, width):
    ind = indent_of(line)
    for m in re.finditer(r' => ', line):
        k = m.start()
        d, code = info[k + 1]
        if d == 0 and code and k + 3 <= width and line[m.end():].strip():
            return [line[:k] + ' =>', ' ' * (ind + 4) + line[m.end():].lstrip()]
    return None


def matching_close(info, line, p):
    d = info[p][0]
    for j in range(p + 1, len(line)):
        if info[j][1] and line[j] in ')]}' and info[j][0] == d:
            return j
    return None


def has_commas(line, info, p):
    q = matching_close(info, line, p)
    end = q if q is not None else len(line)
    return any(line[j] == ',' and info[j][1] and info[j][0] == info[p][0] + 1 for j in range(p + 1, end))


def break_list(line, info, width, with_commas=True):
    """Break the outermost bracket group that overflows at its top-level commas (or right after it opens)."""
    ind = indent_of(line)
    opens = [p for p, ch in enumerate(line) if ch in '([{' and info[p][1]]
    best = None
    for p in sorted((p for p in opens if has_commas(line, info, p) == with_commas), key=lambda p: (info[p][0], p)):
        if p + 1 > width - 10:
            continue
        q = matching_close(info, line, p)
        end = q if q is not None else len(line)
        if end - p < 3 or (line[p] == '[' and line[:p].strip() == '' and line.rstrip().endswith(']')):
            continue  # an attribute or a whole-line collection: break inside it instead
        inner_depth = info[p][0] + 1
        commas = [j for j in range(p + 1, end) if line[j] == ',' and info[j][1] and info[j][0] == inner_depth]
        if q is not None and q <= width and len(line) - q > 2:
            continue  # the overflow is after this group: break elsewhere
        if not commas and q is not None and end - p < 40:
            continue
        best = (p, q, commas)
        break
    if best is None:
        return None
    p, q, commas = best
    pieces = []
    start = p + 1
    for c in commas:
        pieces.append(line[start:c + 1] + ' ')
        start = c + 1
    pieces.append(line[start:])
    pieces = [pieces[0]] + [x.lstrip() for x in pieces[1:]]
    cont = ind + 4
    lines = fill(line[:p + 1], pieces, cont, width)
    if len(lines) == 1:
        lines = [line[:p + 1], ' ' * cont + line[p + 1:].lstrip()]
    return [l.rstrip() for l in lines] if lines != [line] else None


OPS = [' && ', ' || ', ' ?? ', ' ? ', ' : ', ' + ', ' - ', ' when ']


def break_operator(line, info, width):
    ind = indent_of(line)
    candidates = []
    for op in OPS:
        for m in re.finditer(re.escape(op), line):
            k = m.start()
            if info[k + 1][1] and ind + 4 < k <= width:
                candidates.append((info[k + 1][0], -k, k, op))
    for m in re.finditer(r'(?<=[\w\)\]>])\.(?=[A-Z]\w*(<[^()]*>)?\()', line):
        k = m.start()
        if info[k][1] and ind + 8 < k <= width:
            candidates.append((info[k][0], -k, k, '.'))
    for m in re.finditer(r'\)(?=\[")', line):
        k = m.start() + 1
        if info[k][1] and ind + 8 < k <= width:
            candidates.append((info[k][0], -k, k, '['))
    if not candidates:
        return None
    candidates.sort()
    d, _, k, op = candidates[0]
    sub = ' ' * (ind + 4)
    if op in ('.', '['):
        return [line[:k].rstrip(), sub + line[k:]]
    return [line[:k].rstrip(), sub + line[k:].lstrip()]


def break_string(line, info, width):
    ind = indent_of(line)
    for m in re.finditer(r'(\$?)"', line):
        s = m.start()
        if s > 0 and info[s - 1][1] is False and line[s - 1] != ' ' and line[s - 1] != '(':
            continue
        if not (s == 0 or info[s - 1][1]) or (s > 0 and line[s - 1] == '@'):
            continue
        # find the end of this literal
        e = s + len(m.group(0))
        while e < len(line) and not info[e][1]:
            e += 1
        literal = line[s:e]
        if not literal.endswith('"') or e <= width - 10:
            continue
        interp = m.group(1) == '$'
        cut = None
        depth = 0
        for j in range(s + len(m.group(0)), min(e - 1, width - 3)):
            ch = line[j]
            if interp and ch == '{':
                depth += 1
            elif interp and ch == '}':
                depth -= 1
            elif ch == ' ' and depth == 0 and line[j - 1] != '\\' and j - s > 20:
                cut = j
        if cut is None:
            continue
        rest = line[cut + 1:]
        prefix = '$"' if interp and '{' in rest[:e - cut] else '"'
        next_indent = ind if line[:s].strip() == '' else ind + 4
        return [line[:cut + 1] + '" +', ' ' * next_indent + prefix + rest]
    return None


def wrap_line(line, width, depth=0):
    if len(line) <= width or depth > 12:
        return [line]
    stripped = line.lstrip()
    if stripped.startswith('//'):
        result = wrap_comment(line, width)
    else:
        info = scan(line)
        if any(not code for _, code in info) and '//' in line and re.search(r'\S\s*//', line) and info[line.rfind('//')][1] is False \
                and line[line.rfind('//') - 1] == ' ':
            result = None  # a trailing comment: leave it to a person
        else:
            result = None
        result = result or break_expression_body(line, info, width) or break_list(line, info, width) \
            or break_operator(line, info, width) or break_list(line, info, width, with_commas=False) or break_string(line, info, width)
    if not result or result == [line]:
        return [line]
    out = []
    for piece in result:
        out.extend(wrap_line(piece, width, depth + 1))
    return out


def main(argv):
    width = WIDTH
    if argv[:1] == ['--width']:
        width = int(argv[1])
        argv = argv[2:]
    left = 0
    for path in argv:
        text = open(path, encoding='utf-8-sig').read()
        lines = text.split('\n')
        out = []
        in_raw = False
        for line in lines:
            # A raw string literal ("""...""") is text, not code: its lines and the lines that open or close one are left alone.
            fences = line.count('"""')
            wrapped = [line] if in_raw or fences else wrap_line(line, width)
            in_raw = in_raw != (fences % 2 == 1)
            out.extend(wrapped)
            for w in wrapped:
                if len(w) > width:
                    left += 1
                    print(f'{path}: could not wrap: {w.strip()[:100]}')
        new = '\n'.join(out)
        if new != text:
            open(path, 'w', encoding='utf-8').write(new)
    return 0 if left == 0 else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
