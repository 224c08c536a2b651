// The audit log names what was changed and shows one thing's history: an employee created, renamed
// and deleted stays findable by its id with the name it had, the owner of another organisation never
// sees it, and an unknown kind filter is refused.

#include "ownerapi.h"

namespace cabinet::test {

namespace {

std::vector<std::pair<std::string, std::string>> actionsAndNames(const HttpReply &r)
{
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto &e : r.json().find("items")->asArray())
        out.emplace_back(e.stringAt("action").value_or(""), e.stringAt("entity_name").value_or(""));
    return out;
}

} // namespace

TEST_F(OwnerApi, AuditNamesWhatChangedAndGivesOneThingsHistory)
{
    auto a = login("owner@a.ru");
    json::Value emp;
    emp.set("name", "Петрова А.");
    emp.set("role", "cashier");
    auto created = send(a, "POST", "/staff/employees", emp);
    ASSERT_EQ(created.status, 201) << created.body;
    const std::string empId = created.json().stringAt("id").value_or("");
    emp.set("name", "Петрова Анна");
    ASSERT_EQ(send(a, "PUT", "/staff/employees/" + empId, emp).status, 200);
    json::Value product;
    product.set("name", "Кефир 1%");
    product.set("price", std::int64_t(8990));
    product.set("unit", "pcs");
    product.set("vat", "vat10");
    ASSERT_EQ(send(a, "POST", "/catalog/products", product).status, 201);
    ASSERT_EQ(send(a, "DELETE", "/staff/employees/" + empId, json::Object{}).status, 204);

    // Her history, newest first, each entry with the name she had then; deleted, she keeps it.
    auto hers = get(a, "/audit?entity_id=" + empId);
    ASSERT_EQ(hers.status, 200) << hers.body;
    using Entries = std::vector<std::pair<std::string, std::string>>;
    EXPECT_EQ(actionsAndNames(hers), (Entries{{"employee.delete", "Петрова Анна"},
                                              {"employee.update", "Петрова Анна"},
                                              {"employee.create", "Петрова А."}}));
    // Every change to employees, and nothing of the product.
    EXPECT_EQ(items(get(a, "/audit?entity=employee")), 3u);
    auto all = get(a, "/audit");
    EXPECT_EQ(actionsAndNames(all).at(1),
              (std::pair<std::string, std::string>{"product.create", "Кефир 1%"}));
    EXPECT_EQ(get(a, "/audit?entity=employee';--").status, 400);
    EXPECT_EQ(items(get(a, "/audit?entity=nothing")), 0u);

    // Another organisation's owner: her id finds nothing.
    auto b = login("owner@b.ru");
    auto theirs = get(b, "/audit?entity_id=" + empId);
    ASSERT_EQ(theirs.status, 200);
    EXPECT_EQ(items(theirs), 0u);
    EXPECT_EQ(theirs.body.find("Петрова"), std::string::npos);
}

} // namespace cabinet::test
