#pragma once

// A small expected<T, E> (C++20 has none): the error channel of every fiscal/ API and, as
// app::Result, of every app/ service. It lives in base/ (prilavok_base, header-only, no Qt) so both
// layers share one shape while app/ links the fiscal core privately. Each layer names it in its own
// namespace (fiscal/expected.h, app/core/result.h), so no app/ line spells fiscal::.
//
// Chaining uses C++23 std::expected's names (and_then, transform, or_else, transform_error), so
// the alias can become std::expected one day without touching a caller.

#include <cassert>
#include <functional>
#include <type_traits>
#include <utility>
#include <variant>

namespace base {

template<class E>
struct Unexpected
{
    E error;
};

template<class E>
Unexpected<std::decay_t<E>> unexpected(E &&error)
{
    return {std::forward<E>(error)};
}

template<class T, class E>
class Expected;

namespace detail {
template<class R>
struct IsExpected : std::false_type
{};
template<class T, class E>
struct IsExpected<Expected<T, E>> : std::true_type
{};

// f(args...) as an Expected<U, E>: a void result becomes Expected<void, E>.
template<class E, class F, class... Args>
auto invokeInto(F &&f, Args &&...args)
{
    using U = std::remove_cvref_t<std::invoke_result_t<F, Args...>>;
    if constexpr (std::is_void_v<U>) {
        std::invoke(std::forward<F>(f), std::forward<Args>(args)...);
        return Expected<void, E>();
    } else {
        return Expected<U, E>(std::invoke(std::forward<F>(f), std::forward<Args>(args)...));
    }
}
} // namespace detail

template<class T, class E>
class [[nodiscard]] Expected
{
public:
    Expected() requires std::is_default_constructible_v<T> : m_value(std::in_place_index<0>) {}
    Expected(T value)
        : m_value(std::in_place_index<0>, std::move(value))
    {}
    template<class G>
    Expected(Unexpected<G> error)
        : m_value(std::in_place_index<1>, E(std::move(error.error)))
    {}

    bool hasValue() const { return m_value.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() &
    {
        assert(hasValue());
        return std::get<0>(m_value);
    }
    const T &value() const &
    {
        assert(hasValue());
        return std::get<0>(m_value);
    }
    T &&value() &&
    {
        assert(hasValue());
        return std::get<0>(std::move(m_value));
    }
    const E &error() const
    {
        assert(!hasValue());
        return std::get<1>(m_value);
    }
    T valueOr(T fallback) const { return hasValue() ? value() : std::move(fallback); }

    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    // f(value) -> Expected<U, E>, run only on a value; an error passes through unchanged.
    template<class F>
    auto and_then(F &&f) const &
    {
        using R = std::remove_cvref_t<std::invoke_result_t<F, const T &>>;
        static_assert(detail::IsExpected<R>::value, "and_then: f must return an Expected");
        if (hasValue())
            return std::invoke(std::forward<F>(f), value());
        return R(Unexpected<E>{error()});
    }
    template<class F>
    auto and_then(F &&f) &&
    {
        using R = std::remove_cvref_t<std::invoke_result_t<F, T &&>>;
        static_assert(detail::IsExpected<R>::value, "and_then: f must return an Expected");
        if (hasValue())
            return std::invoke(std::forward<F>(f), std::move(*this).value());
        return R(Unexpected<E>{error()});
    }
    // f(value) -> U: Expected<U, E> (void when f returns nothing).
    template<class F>
    auto transform(F &&f) const &
    {
        using R = decltype(detail::invokeInto<E>(std::forward<F>(f), value()));
        if (hasValue())
            return detail::invokeInto<E>(std::forward<F>(f), value());
        return R(Unexpected<E>{error()});
    }
    template<class F>
    auto transform(F &&f) &&
    {
        using R = decltype(detail::invokeInto<E>(std::forward<F>(f), std::move(*this).value()));
        if (hasValue())
            return detail::invokeInto<E>(std::forward<F>(f), std::move(*this).value());
        return R(Unexpected<E>{error()});
    }
    // f(error) -> Expected<T, E>, run only on an error: a fallback or a recovery.
    template<class F>
    Expected or_else(F &&f) const &
    {
        if (hasValue())
            return *this;
        return std::invoke(std::forward<F>(f), error());
    }
    template<class F>
    Expected or_else(F &&f) &&
    {
        if (hasValue())
            return std::move(*this);
        return std::invoke(std::forward<F>(f), error());
    }
    // f(error) -> G: the same value, the error rewritten (more detail, another tier).
    template<class F>
    auto
    transform_error(F &&f) const & -> Expected<T, std::remove_cvref_t<std::invoke_result_t<F, const E &>>>
    {
        if (hasValue())
            return value();
        return unexpected(std::invoke(std::forward<F>(f), error()));
    }

private:
    std::variant<T, E> m_value;
};

template<class E>
class [[nodiscard]] Expected<void, E>
{
public:
    Expected() = default;
    template<class G>
    Expected(Unexpected<G> error)
        : m_error(E(std::move(error.error)))
        , m_failed(true)
    {}

    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    void value() const { assert(hasValue()); }
    const E &error() const
    {
        assert(m_failed);
        return m_error;
    }

    // As for Expected<T, E>, with nullary f.
    template<class F>
    auto and_then(F &&f) const
    {
        using R = std::remove_cvref_t<std::invoke_result_t<F>>;
        static_assert(detail::IsExpected<R>::value, "and_then: f must return an Expected");
        if (hasValue())
            return std::invoke(std::forward<F>(f));
        return R(Unexpected<E>{error()});
    }
    template<class F>
    auto transform(F &&f) const
    {
        using R = decltype(detail::invokeInto<E>(std::forward<F>(f)));
        if (hasValue())
            return detail::invokeInto<E>(std::forward<F>(f));
        return R(Unexpected<E>{error()});
    }
    template<class F>
    Expected or_else(F &&f) const
    {
        if (hasValue())
            return *this;
        return std::invoke(std::forward<F>(f), error());
    }
    template<class F>
    auto transform_error(F &&f) const
        -> Expected<void, std::remove_cvref_t<std::invoke_result_t<F, const E &>>>
    {
        if (hasValue())
            return {};
        return unexpected(std::invoke(std::forward<F>(f), error()));
    }

private:
    E m_error{};
    bool m_failed = false;
};

} // namespace base
