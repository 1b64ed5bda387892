#!/usr/bin/env bash
# Feature smoke test against a running node (./opensearch.sh start first).
# Checks what the project relies on: dutch analysis chain, dictionary_decompounder,
# synonym_graph, search_as_you_type, _reindex, painless script_score, alias swap.
# Usage: ./smoke-test.sh [base-url]   (default http://127.0.0.1:${OPENSEARCH_PORT:-9201})
set -euo pipefail
URL="${1:-http://127.0.0.1:${OPENSEARCH_PORT:-9201}}"
J='Content-Type: application/json'

fail() { echo "FAIL: $*" >&2; exit 1; }
req() {  # req METHOD PATH [BODY] -> prints body, fails on HTTP >= 400
  local out code
  out=$(curl -sS -X "$1" "$URL$2" -H "$J" ${3:+-d "$3"} -w '\n%{http_code}')
  code=${out##*$'\n'}; out=${out%$'\n'*}
  [[ $code -lt 400 ]] || fail "$1 $2 -> HTTP $code: $out"
  printf '%s' "$out"
}
expect() {  # expect LABEL HAYSTACK NEEDLE
  [[ $2 == *"$3"* ]] || fail "$1: expected '$3' in: $2"
  echo "ok  $1"
}

curl -sS -X DELETE "$URL/smoke-*" >/dev/null || true

SETTINGS='{
  "settings": {
    "number_of_shards": 1, "number_of_replicas": 0,
    "analysis": {
      "filter": {
        "nl_stop":    {"type": "stop", "stopwords": "_dutch_"},
        "nl_stemmer": {"type": "stemmer", "language": "dutch"},
        "nl_decomp":  {"type": "dictionary_decompounder",
                       "word_list": ["witwas", "praktijk", "belasting", "ontduiking"]},
        "nl_syn":     {"type": "synonym_graph",
                       "synonyms": ["fiod, fiscale inlichtingen- en opsporingsdienst", "witwassen => witwassen, money laundering"]}
      },
      "analyzer": {
        "nl_index":  {"tokenizer": "standard",
                      "filter": ["lowercase", "asciifolding", "nl_decomp", "nl_stop", "nl_stemmer"]},
        "nl_search": {"tokenizer": "standard",
                      "filter": ["lowercase", "asciifolding", "nl_syn", "nl_decomp", "nl_stop", "nl_stemmer"]}
      }
    }
  },
  "mappings": {
    "properties": {
      "title":   {"type": "text", "analyzer": "nl_index", "search_analyzer": "nl_search"},
      "body":    {"type": "text", "analyzer": "dutch"},
      "suggest": {"type": "search_as_you_type"},
      "weight":  {"type": "integer"}
    }
  }
}'

r=$(req PUT /smoke-v1 "$SETTINGS");                 expect "create index with custom analyzer chain" "$r" '"acknowledged":true'
r=$(req POST /smoke-v1/_analyze '{"analyzer":"nl_index","text":"Witwaspraktijken bij de Belastingontduiking"}')
expect "dictionary_decompounder splits compound" "$r" '"token":"witwas"'
expect "dutch stemmer on decompounded part"      "$r" '"token":"praktijk"'
r=$(req POST /smoke-v1/_analyze '{"analyzer":"nl_search","text":"fiod"}')
expect "synonym_graph expands"                   "$r" '"token":"opsporingsdienst"'
r=$(req POST /smoke-v1/_analyze '{"analyzer":"dutch","text":"witwaspraktijken"}')
expect "built-in dutch analyzer"                 "$r" '"token":"witwaspraktijk"'

req PUT '/smoke-v1/_doc/1?refresh=true' '{"title":"Witwaspraktijken in de vastgoedsector","body":"De FIOD onderzoekt witwassen.","suggest":"witwaspraktijken vastgoed","weight":3}' >/dev/null
req PUT '/smoke-v1/_doc/2?refresh=true' '{"title":"Belastingontduiking door ondernemers","body":"Ontduiking van belastingen.","suggest":"belastingontduiking ondernemers","weight":1}' >/dev/null
echo "ok  index 2 docs"

r=$(req POST /smoke-v1/_search '{"query":{"match":{"title":"praktijk"}}}')
expect "search via decompounded+stemmed term"    "$r" '"_id":"1"'
r=$(req POST /smoke-v1/_search '{"query":{"multi_match":{"query":"witwaspr","type":"bool_prefix","fields":["suggest","suggest._2gram","suggest._3gram"]}}}')
expect "search_as_you_type bool_prefix"          "$r" '"_id":"1"'

r=$(req POST '/_reindex?refresh=true' '{"source":{"index":"smoke-v1"},"dest":{"index":"smoke-v2"}}')
expect "_reindex"                                "$r" '"created":2'

r=$(req POST /smoke-v2/_search '{"query":{"function_score":{"query":{"match_all":{}},"script_score":{"script":{"lang":"painless","source":"doc[\"weight\"].value * params.f","params":{"f":10}}},"boost_mode":"replace"}}}')
expect "painless script_score in function_score" "$r" '"_score":30.0'
r=$(req POST /smoke-v2/_search '{"query":{"script_score":{"query":{"match_all":{}},"script":{"source":"doc[\u0027weight\u0027].value + 0.5"}}}}')
expect "painless script_score query"             "$r" '"_score":3.5'

r=$(req POST /_aliases '{"actions":[{"add":{"index":"smoke-v1","alias":"smoke"}}]}'); expect "alias add" "$r" '"acknowledged":true'
r=$(req POST /_aliases '{"actions":[{"remove":{"index":"smoke-v1","alias":"smoke"}},{"add":{"index":"smoke-v2","alias":"smoke"}}]}')
expect "alias swap (atomic)"                     "$r" '"acknowledged":true'
r=$(req GET /_alias/smoke)
expect "alias points to v2"                      "$r" '"smoke-v2"'
[[ $r != *'"smoke-v1"'* ]] || fail "alias still on v1: $r"

req DELETE '/smoke-*' >/dev/null
echo "smoke test: all checks passed against $URL"
