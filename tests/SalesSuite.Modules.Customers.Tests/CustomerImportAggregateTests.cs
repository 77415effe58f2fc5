using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Customers.Tests;

/// <summary>An import's own rules (what it starts as, its report, its revert), without a database or a CSV file.</summary>
public sealed class CustomerImportAggregateTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void An_import_starts_completed_or_as_a_dry_run_owned_by_the_importer_with_the_file_name_cut_to_200_characters()
    {
        var import = CustomerImport.Start(new string('f', 250) + ".csv", "alice", dryRun: false);

        Assert.Equal((ImportStatus.Completed, "alice"), (import.Status, import.OwnerId));
        Assert.Equal(new string('f', CustomerImport.MaxFileNameLength), import.FileName);
        Assert.Equal(ImportStatus.DryRun, CustomerImport.Start("leads.csv", "alice", dryRun: true).Status);
    }

    [Fact]
    public void The_report_counts_each_outcome_and_only_a_dry_run_keeps_its_rows()
    {
        List<CustomerImportRow> rows =
        [
            Row(ImportOutcome.Created), Row(ImportOutcome.Created), Row(ImportOutcome.Merged), Row(ImportOutcome.Duplicate), Row(ImportOutcome.Refused),
        ];

        var dryRun = CustomerImport.Start("leads.csv", "alice", dryRun: true);
        dryRun.Report(rows);
        Assert.Equal((5, 2, 1, 1, 1), (dryRun.TotalRows, dryRun.CreatedCount, dryRun.MergedCount, dryRun.DuplicateCount, dryRun.RefusedCount));
        Assert.Equal(rows, dryRun.UnsavedRows);

        var completed = CustomerImport.Start("leads.csv", "alice", dryRun: false);
        completed.Report(rows);
        Assert.Equal(5, completed.TotalRows);
        Assert.Null(completed.UnsavedRows);
    }

    [Fact]
    public void A_completed_import_is_reverted_once()
    {
        var import = CustomerImport.Start("leads.csv", "alice", dryRun: false);
        import.CheckRevertible();

        import.Revert(Monday, "bob");

        Assert.Equal((ImportStatus.Reverted, Monday, "bob"), (import.Status, import.RevertedAt, import.RevertedBy));
        foreach (var again in new Action[] { import.CheckRevertible, () => import.Revert(Monday.AddHours(1), "carol") })
        {
            var error = Assert.Throws<AppException>(again);
            Assert.Equal((ErrorCodes.Conflict, "This import was already reverted."), (error.Code, error.Message));
        }

        Assert.Equal((Monday, "bob"), (import.RevertedAt, import.RevertedBy));
    }

    private static CustomerImportRow Row(ImportOutcome outcome) => new() { Outcome = outcome };
}
