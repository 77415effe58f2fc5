using System.Text;
using System.Text.Json.Nodes;

namespace SalesSuite.Testing;

/// <summary>
/// Writes of every kind a tenant's staff make, through the API as a client would: create, update and delete in each
/// module, a sensitive read, an import and its revert. Used in-process and against the real host process alike, so
/// that the audit chain is checked after every kind of write.
/// </summary>
public static class ProductTour
{
    /// <summary>Runs the tour as <paramref name="admin"/> (an admin of a seeded tenant); returns how many operations it ran.</summary>
    public static async Task<int> RunAsync(GraphQLClient admin)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var operations = 0;

        async Task<JsonNode> Do(string query, object? variables = null)
        {
            operations++;
            return await admin.DataAsync(query, variables);
        }

        // Customers: create with a contact, update, add and remove a contact, log an interaction, archive.
        var customer = (await Do($$"""
            mutation { createCustomer(input: { name: "Tour {{tag}}", region: "North", tags: ["tour"], address: { line1: "1 Tour Street", city: "Leeds" },
              contacts: [{ name: "Tess", email: "tess@{{tag}}.example", phone: "+44 113 496 0000" }] }) { customer { id version } } }
            """))["createCustomer"]!["customer"]!;
        var customerId = customer["id"]!.GetValue<string>();
        await Do("mutation($id: ID!) { updateCustomer(input: { id: $id, region: \"South\", tags: [\"tour\", \"updated\"] }) { customer { id } } }",
            new { id = customerId });
        var contactId = (await Do(
            "mutation($id: ID!) { addContact(input: { customerId: $id, name: \"Temp\", email: \"temp@example.com\" }) { contact { id } } }",
            new { id = customerId }))
            ["addContact"]!["contact"]!["id"]!.GetValue<string>();
        await Do("mutation($id: ID!) { removeContact(input: { id: $id }) { customer { id } } }", new { id = contactId });
        await Do(
            "mutation($id: ID!) { logInteraction(input: { customerId: $id, kind: CALL, subject: \"First call\", nextFollowUpAt: \"2031-01-01T09:30:00Z\" }) " +
            "{ interaction { id } } }",
            new { id = customerId });

        // A sensitive read: contact data is recorded in the audit log as READ.
        await Do("query($id: ID!) { customer(id: $id) { contacts { email phone } address { line1 } } }", new { id = customerId });

        // Opportunities: a stage of our own, an opportunity moved into it, updated.
        var stageId = (await Do($$"""mutation { definePipelineStage(input: { name: "Tour stage {{tag}}", defaultProbability: 35 }) { stage { id } } }"""))
            ["definePipelineStage"]!["stage"]!["id"]!.GetValue<string>();
        var opportunityId = (await Do("""
            mutation($id: ID!) { createOpportunity(input: { customerId: $id, title: "Tour deal", amount: 1234.56, currency: "USD",
                expectedCloseDate: "2031-03-31" }) { opportunity { id } } }
            """, new { id = customerId }))["createOpportunity"]!["opportunity"]!["id"]!.GetValue<string>();
        await Do("mutation($id: ID!) { updateOpportunity(input: { id: $id, amount: 2000.10, probability: 40 }) { opportunity { id } } }",
            new { id = opportunityId });
        await Do("mutation($id: ID!, $stage: ID!) { moveOpportunityStage(input: { id: $id, stageId: $stage, reason: \"tour\" }) { opportunity { id } } }",
            new { id = opportunityId, stage = stageId });

        // Orders: a product, an order with a line, another line added and removed, confirmed, paid; a second order cancelled.
        var productId = (await Do($$"""
            mutation { defineProduct(input: { sku: "TOUR-{{tag}}", name: "Tour widget", unitPrice: 19.99, currency: "USD", taxRate: 20 }) { product { id } } }
            """))
            ["defineProduct"]!["product"]!["id"]!.GetValue<string>();
        var order = (await Do("""
            mutation($customer: ID!, $product: ID!) { createOrder(input: { customerId: $customer, currency: "USD",
                lines: [{ productId: $product, quantity: 3 }] }) { order { id } } }
            """, new { customer = customerId, product = productId }))["createOrder"]!["order"]!;
        var orderId = order["id"]!.GetValue<string>();
        var lines = (await Do(
            "mutation($id: ID!) { addOrderLine(input: { orderId: $id, description: \"Setup\", quantity: 1, unitPrice: 50 }) { order { lines { id description " +
            "} } } }",
            new { id = orderId }))["addOrderLine"]!["order"]!["lines"]!.AsArray();
        var setupLine = lines.First(l => l!["description"]!.GetValue<string>() == "Setup")!["id"]!.GetValue<string>();
        await Do("mutation($id: ID!) { removeOrderLine(input: { id: $id }) { order { id } } }", new { id = setupLine });
        var total = (await Do("mutation($id: ID!) { confirmOrder(input: { id: $id }) { order { total } } }", new { id = orderId }))
            ["confirmOrder"]!["order"]!["total"]!.GetValue<decimal>();
        await Do("mutation($id: ID!, $amount: Decimal!) { recordPayment(input: { orderId: $id, amount: $amount, reference: \"tour\" }) { order { id } } }",
            new { id = orderId, amount = total });
        var cancelled = (await Do("mutation($customer: ID!) { createOrder(input: { customerId: $customer, currency: \"USD\" }) { order { id } } }",
            new { customer = customerId }))
            ["createOrder"]!["order"]!["id"]!.GetValue<string>();
        await Do("mutation($id: ID!) { cancelOrder(input: { id: $id }) { order { id } } }", new { id = cancelled });

        // Team: a team, a rep in it, updated, a target set and removed, the rep deactivated.
        var teamId = (await Do($$"""mutation { createTeam(input: { name: "Tour team {{tag}}" }) { team { id } } }"""))
            ["createTeam"]!["team"]!["id"]!.GetValue<string>();
        var userId = "tour-" + tag;
        await Do(
            "mutation($user: String!, $team: ID!) { createSalesRep(input: { userId: $user, name: \"Tour Rep\", teamId: $team, territory: \"North\" }) { " +
            "salesRep { userId } } }",
            new { user = userId, team = teamId });
        await Do("mutation($user: String!) { updateSalesRep(input: { userId: $user, title: \"Senior\", capacity: 12 }) { salesRep { userId } } }",
            new { user = userId });
        var targetId = (await Do(
            "mutation($user: String!) { setSalesTarget(input: { userId: $user, period: { year: 2031, month: 1 }, amount: 5000 }) { salesTarget { id } } }",
            new { user = userId }))["setSalesTarget"]!["salesTarget"]!["id"]!.GetValue<string>();
        await Do("mutation($id: ID!) { removeSalesTarget(input: { id: $id }) { salesTarget { id } } }", new { id = targetId });

        // Permissions: a role defined, assigned and revoked.
        var role = "tour" + tag;
        await Do("mutation($name: String!) { defineRole(input: { name: $name, permissions: [\"customers.read\"], scope: OWN }) { role { name } } }",
            new { name = role });
        await Do("mutation($user: String!, $role: String!) { assignRole(input: { userId: $user, role: $role }) { roles } }", new { user = userId, role });
        await Do("mutation($user: String!, $role: String!) { revokeRole(input: { userId: $user, role: $role }) { roles } }", new { user = userId, role });
        await Do("mutation($user: String!) { deactivateSalesRep(input: { userId: $user }) { salesRep { userId } } }", new { user = userId });

        // Reporting and Automation: a template and a rule, saved and deleted.
        var templateId = (await Do($$"""
            mutation { saveReportTemplate(input: { title: "Tour {{tag}}", groupBy: [MONTH], measures: [REVENUE, ORDERS] }) { template { id } } }
            """))["saveReportTemplate"]!["template"]!["id"]!.GetValue<string>();
        await Do("mutation($id: ID!) { deleteReportTemplate(input: { id: $id }) { deletedId } }", new { id = templateId });
        var ruleId = (await Do($$"""
            mutation {
                saveAssignmentRule(input: { name: "Tour rule {{tag}}", regions: ["Nowhere {{tag}}"], targetUserId: "admin", strategy: FIXED }) { rule { id } } }
            """))["saveAssignmentRule"]!["rule"]!["id"]!.GetValue<string>();
        await Do("mutation($id: ID!) { deleteAssignmentRule(input: { id: $id }) { deletedId } }", new { id = ruleId });

        // An import of a few rows, then its revert; the customer is archived last.
        var csv = $"Name,Contact,Email,City\nImported {tag} A,Ann,ann@{tag}.example,Oslo\nImported {tag} B,Bob,bob@{tag}.example,Bergen\n";
        operations++;
        var import = await admin.UploadAsync("mutation($input: ImportCustomersInput!) { importCustomers(input: $input) { import { id status created } } }",
            new JsonObject { ["input"] = new JsonObject { ["file"] = null } }, "input.file", "tour.csv", Encoding.UTF8.GetBytes(csv));
        if (import.Errors.Count > 0 || import.Data?["importCustomers"]?["import"]?["created"]?.GetValue<int>() != 2)
        {
            throw new Xunit.Sdk.XunitException("The tour's import did not create its two customers: " + import.Body);
        }

        await Do("mutation($id: ID!) { revertCustomerImport(input: { id: $id }) { import { status } } }",
            new { id = import.Data!["importCustomers"]!["import"]!["id"]!.GetValue<string>() });
        await Do("mutation($id: ID!) { archiveCustomer(input: { id: $id }) { customer { id } } }", new { id = customerId });
        return operations;
    }
}
