// sniff_document_kind: the kind of a text from its top level, as `flowrun check
// --kind=auto` picks it (tests/cli_test.py checks the command's side).
#include <flowrun/sniff.hpp>

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace {

using flowrun::document_kind;
using flowrun::sniff_document_kind;

TEST(Sniff, Kinds) {
  EXPECT_EQ(sniff_document_kind(" \n [ ]"), document_kind::logs);
  EXPECT_EQ(sniff_document_kind(R"({"data": []})"), document_kind::page);
  EXPECT_EQ(sniff_document_kind("{\n  \"links\": {}, \"data\": []}"), document_kind::page);
  EXPECT_EQ(sniff_document_kind(R"({"id": "fl_run_a1", "status": "running"})"), document_kind::run);
  EXPECT_EQ(sniff_document_kind(R"("data")"), document_kind::run) << "not an object";
  EXPECT_EQ(sniff_document_kind(""), document_kind::run);
  EXPECT_EQ(sniff_document_kind("  "), document_kind::run);
}

TEST(Sniff, KeysAreComparedUnescaped) {
  EXPECT_EQ(sniff_document_kind(R"({"d\u0061ta": []})"), document_kind::page);
  EXPECT_EQ(sniff_document_kind(R"({"\u0064\u0061\u0074\u0061": []})"), document_kind::page);
  EXPECT_EQ(sniff_document_kind(R"({"dat\u00e1": []})"), document_kind::run);
  EXPECT_EQ(sniff_document_kind(R"({"datas": 1})"), document_kind::run);
  EXPECT_EQ(sniff_document_kind(R"({"dat": 1})"), document_kind::run);
  EXPECT_EQ(sniff_document_kind(R"({"": 1, "data": 1})"), document_kind::page);
}

TEST(Sniff, OnlyTopLevelKeys) {
  EXPECT_EQ(sniff_document_kind(R"({"x": {"data": []}, "id": "fl_run_a1"})"), document_kind::run) << "nested";
  EXPECT_EQ(sniff_document_kind(R"({"x": [{"data": 1}], "data": 2})"), document_kind::page) << "after a nested one";
  EXPECT_EQ(sniff_document_kind(R"({"note": "data"})"), document_kind::run) << "a value, not a key";
  EXPECT_EQ(sniff_document_kind(R"({"s": "}{[\"", "data": []})"), document_kind::page) << "brackets in strings";
  EXPECT_EQ(sniff_document_kind(R"({"a": 1} {"data": 1})"), document_kind::run) << "after the root object";
}

TEST(Sniff, WhatItCannotReadIsARun) {
  EXPECT_EQ(sniff_document_kind(R"({"a" "data": 1})"), document_kind::page) << "found before the syntax error";
  EXPECT_EQ(sniff_document_kind(R"({"a" 1})"), document_kind::run);
  EXPECT_EQ(sniff_document_kind(R"({"data" )"), document_kind::run) << "no ':' after it";
  EXPECT_EQ(sniff_document_kind(R"({"dat)"), document_kind::run) << "a string not closed";
  EXPECT_EQ(sniff_document_kind("{\"a\x01\": 1, \"data\": 1}"), document_kind::run) << "a string the lexer refuses";
  const std::string deep = std::string(100000, '[');
  EXPECT_EQ(sniff_document_kind("{\"x\":" + deep), document_kind::run) << "any depth, no recursion";
}

} // namespace
