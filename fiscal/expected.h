#pragma once

// A small expected<T, E> (C++20 has none): the error channel of every fiscal/ API.
// Exceptions never cross a module boundary; results do.

#include <cassert>
#include <type_traits>
#include <utility>
#include <variant>

namespace fiscal {

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

private:
    E m_error{};
    bool m_failed = false;
};

} // namespace fiscal
