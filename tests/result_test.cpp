// result<T>: a value or the errors that prevented it; bad_result_access.
#include <flowrun/result.hpp>

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <system_error>
#include <type_traits>
#include <utility>
#include <vector>

namespace {

using flowrun::error_code;

flowrun::error make_error(error_code c, std::string ptr, std::size_t offset, std::string msg) {
  return flowrun::error{c, std::move(ptr), offset, 1, offset + 1, std::move(msg)};
}

static_assert(std::is_base_of_v<std::system_error, flowrun::bad_result_access>);
static_assert(!std::is_convertible_v<flowrun::result<int>, bool>, "operator bool is explicit");
static_assert(std::is_constructible_v<bool, flowrun::result<int>>);
static_assert(std::is_same_v<decltype(std::declval<flowrun::result<int>&&>().value()), int&&>);
static_assert(std::is_same_v<decltype(std::declval<const flowrun::result<int>&>().value()), const int&>);
static_assert(std::is_same_v<decltype(std::declval<flowrun::result<int>&>().value()), int&>);

TEST(Result, HoldsAValue) {
  flowrun::result<std::string> r(std::string("hello"));
  EXPECT_TRUE(r);
  EXPECT_TRUE(r.has_value());
  EXPECT_EQ(r.value(), "hello");
  EXPECT_EQ(*r, "hello");
  EXPECT_EQ(r->size(), 5u);
  EXPECT_TRUE(r.errors().empty());
  r.value() += "!";
  EXPECT_EQ(*r, "hello!");
  (*r)[0] = 'H';
  EXPECT_EQ(r.value(), "Hello!");
  const auto& cr = r;
  EXPECT_EQ(cr.value(), "Hello!");
  EXPECT_EQ(*cr, "Hello!");
  EXPECT_EQ(cr->front(), 'H');
}

TEST(Result, HoldsOneError) {
  const auto e = make_error(error_code::invalid_enum, "/status", 11, "\"done\" is not a run status");
  flowrun::result<int> r(e);
  EXPECT_FALSE(r);
  EXPECT_FALSE(r.has_value());
  EXPECT_EQ(r.error(), e);
  ASSERT_EQ(r.errors().size(), 1u);
  EXPECT_EQ(r.errors()[0], e);
}

TEST(Result, HoldsSeveralErrorsInOrder) {
  std::vector<flowrun::error> es = {make_error(error_code::unknown_field, "/a", 1, "a"),
                                    make_error(error_code::unknown_field, "/b", 9, "b"),
                                    make_error(error_code::missing_field, "", 0, "c")};
  const std::vector<flowrun::error> copy = es;
  flowrun::result<int> r(std::move(es));
  EXPECT_FALSE(r);
  ASSERT_EQ(r.errors().size(), 3u);
  for (std::size_t i = 0; i < copy.size(); ++i) EXPECT_EQ(r.errors()[i], copy[i]);
  // The first error is the first of the list, as given (the builder sorts).
  EXPECT_EQ(r.error(), copy[0]);
}

TEST(Result, ValueThrowsBadResultAccessWithTheFirstError) {
  const auto first = make_error(error_code::missing_field, "/logs/0", 40, "missing required key \"id\"");
  const auto second = make_error(error_code::invalid_id, "/logs/1/id", 90, "bad id");
  flowrun::result<int> r(std::vector<flowrun::error>{first, second});
  try {
    (void)r.value();
    FAIL() << "value() did not throw";
  } catch (const flowrun::bad_result_access& ex) {
    EXPECT_EQ(ex.error(), first);
    EXPECT_EQ(ex.code(), error_code::missing_field);
    EXPECT_EQ(&ex.code().category(), &flowrun::error_category());
    EXPECT_EQ(ex.code().value(), static_cast<int>(error_code::missing_field));
    const std::string what = ex.what();
    EXPECT_NE(what.find("/logs/0"), std::string::npos) << what;
    EXPECT_NE(what.find("missing required key \"id\""), std::string::npos) << what;
  }
}

TEST(Result, EveryValueOverloadThrows) {
  const auto e = make_error(error_code::syntax_error, "", 0, "empty input");
  flowrun::result<int> r(e);
  const flowrun::result<int>& cr = r;
  EXPECT_THROW((void)r.value(), flowrun::bad_result_access);
  EXPECT_THROW((void)cr.value(), flowrun::bad_result_access);
  EXPECT_THROW((void)std::move(r).value(), flowrun::bad_result_access);
  // Catchable as a std::system_error, with flowrun's category.
  try {
    (void)cr.value();
    FAIL() << "value() did not throw";
  } catch (const std::system_error& ex) {
    EXPECT_EQ(ex.code().category().name(), std::string("flowrun"));
    EXPECT_EQ(ex.code(), error_code::syntax_error);
    EXPECT_EQ(ex.code().message(), "syntax_error");
  }
}

int handler_calls = 0;
void count_bad_result(const flowrun::error&) { ++handler_calls; }
void other_handler(const flowrun::error&) {}

// The handler is for builds without exceptions (tests/consumers/no-exceptions
// runs it); with exceptions on, value() throws and never calls it.
TEST(Result, BadResultHandlerIsSwappedAndUnusedWhileExceptionsAreOn) {
  EXPECT_EQ(flowrun::set_bad_result_handler(count_bad_result), nullptr) << "the default is no handler (std::abort)";
  EXPECT_EQ(flowrun::set_bad_result_handler(other_handler), &count_bad_result);
  EXPECT_EQ(flowrun::set_bad_result_handler(count_bad_result), &other_handler);
  flowrun::result<int> r(make_error(error_code::syntax_error, "", 0, "empty input"));
  EXPECT_THROW((void)r.value(), flowrun::bad_result_access);
  EXPECT_EQ(handler_calls, 0);
  EXPECT_EQ(flowrun::set_bad_result_handler(nullptr), &count_bad_result);
}

TEST(Result, BadResultAccessWithAnEmptyPointer) {
  const auto e = make_error(error_code::wrong_type, "", 0, "expected an object at the root, found an array");
  const flowrun::bad_result_access ex(e);
  EXPECT_EQ(ex.error(), e);
  EXPECT_NE(std::string(ex.what()).find("expected an object at the root"), std::string::npos);
}

TEST(Result, ValueOfAnRvalueMovesOut) {
  flowrun::result<std::unique_ptr<int>> r(std::make_unique<int>(42));
  ASSERT_TRUE(r);
  std::unique_ptr<int> p = std::move(r).value();
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(*p, 42);
}

TEST(Result, MoveConstructionAndAssignment) {
  flowrun::result<std::string> a(std::string(100, 'x'));
  flowrun::result<std::string> b(std::move(a));
  ASSERT_TRUE(b);
  EXPECT_EQ(*b, std::string(100, 'x'));

  const auto e = make_error(error_code::too_large, "", 0, "too big");
  flowrun::result<std::string> c(e);
  flowrun::result<std::string> d(std::move(c));
  ASSERT_FALSE(d);
  EXPECT_EQ(d.error(), e);

  // A value result assigned an error result becomes an error, and back.
  b = std::move(d);
  EXPECT_FALSE(b);
  ASSERT_EQ(b.errors().size(), 1u);
  EXPECT_EQ(b.error(), e);
  b = flowrun::result<std::string>(std::string("again"));
  ASSERT_TRUE(b);
  EXPECT_EQ(*b, "again");
  EXPECT_TRUE(b.errors().empty());
}

TEST(Result, CopyKeepsBoth) {
  const auto e = make_error(error_code::duplicate_key, "/a", 7, "dup");
  const flowrun::result<int> err(e);
  const flowrun::result<int> err_copy = err;
  EXPECT_FALSE(err_copy);
  EXPECT_EQ(err_copy.error(), e);
  EXPECT_EQ(err.error(), e);
  const flowrun::result<int> val(5);
  const flowrun::result<int> val_copy = val;
  EXPECT_EQ(*val_copy, 5);
  EXPECT_EQ(*val, 5);
}

TEST(Result, ErrorsSpanViewsTheResult) {
  std::vector<flowrun::error> es;
  for (int i = 0; i < 50; ++i)
    es.push_back(make_error(error_code::unknown_field, "/k" + std::to_string(i), static_cast<std::size_t>(i), "u"));
  flowrun::result<int> r(std::move(es));
  const auto span = r.errors();
  ASSERT_EQ(span.size(), 50u);
  EXPECT_EQ(span.front().pointer, "/k0");
  EXPECT_EQ(span.back().pointer, "/k49");
  EXPECT_EQ(&span.front(), &r.error());
  std::size_t n = 0;
  for (const flowrun::error& e : r.errors()) EXPECT_EQ(e.offset, n++);
}

} // namespace

namespace {

#ifndef NDEBUG
// operator* and operator-> are unchecked in release builds; in builds with assertions they
// stop on an error, with a message that says what happened (as error() on a value does).
TEST(ResultDeathTest, DereferencingAnErrorStopsWithAssertions) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  const flowrun::result<std::string> r(make_error(error_code::wrong_type, "/a", 0, "m"));
  flowrun::result<std::string> m(make_error(error_code::wrong_type, "/a", 0, "m"));
  EXPECT_DEATH((void)*r, "operator\\* on an error");
  EXPECT_DEATH((void)r->size(), "operator-> on an error");
  EXPECT_DEATH((void)*m, "operator\\* on an error");
  EXPECT_DEATH((void)m->size(), "operator-> on an error");
  const flowrun::result<std::string> ok(std::string("x"));
  EXPECT_DEATH((void)ok.error(), "error\\(\\) on a value");
}
#endif

} // namespace
