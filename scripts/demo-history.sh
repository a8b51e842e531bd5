#!/usr/bin/env bash
# Makes .demo-history/: a git repository of the demo's content/ as its villages would have
# written it. Each village's 报账员 commits its village.yaml first, then every notice on the day
# before it was published (never after DEMO_TODAY), with the editor's message 新建：<title>;
# 许集村's September statement is first committed with two amounts typed wrong and corrected on
# 2026-10-15, so its page shows what changed. gongkai.yaml's `history: .demo-history` makes the
# demo's pages show this history instead of gongkai's own development commits.
# The same content gives the same commits, hash for hash: the demo builds byte-identically.
set -euo pipefail
cd "$(dirname "$0")/.."
DEMO_TODAY=2026-11-22
out=.demo-history
rm -rf "$out"
mkdir -p "$out"
cp -R content "$out/content"
cd "$out"
git init -q -b main
git config core.quotepath off

# The village's 报账员, as `name <email>`.
secretary() {
  local village=$1
  local name
  name=$(awk '/^  - name:/ { n = $3 } /role: .*报账员/ { print n; exit }' "content/$village/village.yaml")
  [ -n "$name" ] || name=$(awk '/^  - name:/ { print $3; exit }' "content/$village/village.yaml")
  echo "$name <wenshu@$village.example>"
}

commit() { # day, author, message, paths...
  local day=$1 author=$2 message=$3
  shift 3
  git add -- "$@"
  GIT_AUTHOR_DATE="$day 16:30:00 +0800" GIT_COMMITTER_DATE="$day 16:30:00 +0800" \
    GIT_COMMITTER_NAME="${author% <*}" GIT_COMMITTER_EMAIL="${author#*<}" \
    git -c user.name=x -c user.email=x commit -q --author="$author" -m "$message"
}

notices=$(find content -mindepth 3 -type f \( -name '*.md' -o -name '*.yaml' \) -not -path '*/files/*' \
  -not -name village.yaml -not -path '*/.*')

# Where the demo starts: every village.yaml and attachment, a week before the first notice.
first=$(for f in $notices; do awk '/^published:/ { print $2; exit }' "$f"; done | sort | head -1)
start=$(date -d "$first -7 days" +%F)
for village in $(ls content); do
  [ -f "content/$village/village.yaml" ] || continue
  files=("content/$village/village.yaml")
  [ -d "content/$village/files" ] && files+=("content/$village/files")
  commit "$start" "$(secretary "$village")" "新建：$(awk '/^name:/ { print $2; exit }' "content/$village/village.yaml")基本情况" \
    "${files[@]}"
done

# The September statement as first published: two amounts swapped by 100 元, no revision note.
amended=content/xuji/finance/2026-09.yaml
cp "$amended" /tmp/gongkai-demo-amended.$$
sed -i -e 's/item: 环境卫生保洁费, category: 公益支出, amount: "4,111.60"/item: 环境卫生保洁费, category: 公益支出, amount: "4,011.60"/' \
  -e 's/item: 办公用品及打印耗材, category: 管理费用, amount: 809.10/item: 办公用品及打印耗材, category: 管理费用, amount: 909.10/' \
  -e '/^revisions:/,/^[a-z_]*:/{/^revisions:/d;/^  - /d}' "$amended"

for f in $notices; do
  published=$(awk '/^published:/ { print $2; exit }' "$f")
  day=$(date -d "$published -1 day" +%F)
  [[ "$day" > "$DEMO_TODAY" ]] && day=$DEMO_TODAY
  title=$(awk '/^title:/ { sub(/^title: */, ""); print; exit }' "$f")
  echo "$day	$f	新建：$title"
done | { cat; echo "2026-10-15	$amended	更正：许集村2026年9月财务收支公开两笔支出金额"; } | sort -s -k1,1 |
  while IFS=$'\t' read -r day f message; do
    [[ "$message" == 更正：* ]] && mv /tmp/gongkai-demo-amended.$$ "$amended"
    commit "$day" "$(secretary "$(echo "$f" | cut -d/ -f2)")" "$message" "$f"
  done
git diff --quiet HEAD -- || { echo "demo-history: content/ and the history differ" >&2; exit 1; }
echo "demo-history: $(git rev-list --count HEAD) commits in $out"
