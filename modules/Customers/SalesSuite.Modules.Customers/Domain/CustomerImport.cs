using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Customers.Domain;

internal enum ImportStatus
{
    /// <summary>A dry run: the report of what an import would do; nothing was written.</summary>
    DryRun,
    Completed,
    Reverted,
}

internal enum ImportOutcome
{
    /// <summary>A new customer (with the row's contact).</summary>
    Created,

    /// <summary>The row matched an existing customer: its contact was added if new and the customer's empty fields were filled.</summary>
    Merged,

    /// <summary>The row matched the customer of an earlier row of the file and was merged into it like a MERGED row.</summary>
    Duplicate,

    /// <summary>The row was not imported; its messages say why.</summary>
    Refused,
}

/// <summary>One CSV import of customers, owned (for the record scope) by the user who ran it; its rows are the per-row report.</summary>
internal sealed class CustomerImport : AggregateRoot, IOwnedRecord
{
    public string FileName { get; set; } = string.Empty;

    public ImportStatus Status { get; set; }

    /// <summary>The importing user.</summary>
    public string OwnerId { get; set; } = string.Empty;

    public int TotalRows { get; set; }

    public int CreatedCount { get; set; }

    public int MergedCount { get; set; }

    public int DuplicateCount { get; set; }

    public int RefusedCount { get; set; }

    public DateTimeOffset? RevertedAt { get; set; }

    public string? RevertedBy { get; set; }

    /// <summary>The rows of a dry run, which are never stored.</summary>
    public List<CustomerImportRow>? UnsavedRows { get; set; }

    public void Count(IReadOnlyCollection<CustomerImportRow> rows)
    {
        TotalRows = rows.Count;
        CreatedCount = rows.Count(r => r.Outcome == ImportOutcome.Created);
        MergedCount = rows.Count(r => r.Outcome == ImportOutcome.Merged);
        DuplicateCount = rows.Count(r => r.Outcome == ImportOutcome.Duplicate);
        RefusedCount = rows.Count(r => r.Outcome == ImportOutcome.Refused);
    }
}

/// <summary>What happened to one data row of an import, and what a revert has to undo for it.</summary>
internal sealed class CustomerImportRow : TenantEntity
{
    public Guid ImportId { get; set; }

    /// <summary>The row's number as a spreadsheet shows it: the header is row 1.</summary>
    public int RowNumber { get; set; }

    public ImportOutcome Outcome { get; set; }

    /// <summary>The customer created, or merged into; null for a refused row.</summary>
    public Guid? CustomerId { get; set; }

    /// <summary>The customer's version right after the import: a revert refuses (CONFLICT) when it moved since.</summary>
    public long? CustomerVersion { get; set; }

    /// <summary>Why the row was refused, or what of it was left out; each as <c>CODE␟column␟text</c>.</summary>
    public List<string> Messages { get; set; } = [];

    /// <summary>The contact this row added to an existing customer.</summary>
    public Guid? AddedContactId { get; set; }

    /// <summary>Fields of an existing customer that were empty and that this row filled (e.g. <c>industry</c>, <c>address.city</c>).</summary>
    public List<string> FilledFields { get; set; } = [];

    /// <summary>Tags this row added to an existing customer.</summary>
    public List<string> AddedTags { get; set; } = [];

    public void Refuse(string code, string? column, string text)
    {
        Outcome = ImportOutcome.Refused;
        Note(code, column, text);
    }

    public void Note(string code, string? column, string text) => Messages.Add(string.Join(MessageSeparator, code, column ?? string.Empty, text));

    public const char MessageSeparator = '\u001f';
}
