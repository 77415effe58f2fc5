using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
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
    /// <summary>File names are cut to this length.</summary>
    public const int MaxFileNameLength = 200;

    /// <summary>For EF Core and restores.</summary>
    private CustomerImport()
    {
    }

    public string FileName { get; private set; } = string.Empty;

    public ImportStatus Status { get; private set; }

    /// <summary>The importing user.</summary>
    public string OwnerId { get; private set; } = string.Empty;

    public int TotalRows { get; private set; }

    public int CreatedCount { get; private set; }

    public int MergedCount { get; private set; }

    public int DuplicateCount { get; private set; }

    public int RefusedCount { get; private set; }

    public DateTimeOffset? RevertedAt { get; private set; }

    public string? RevertedBy { get; private set; }

    /// <summary>The rows of a dry run, which are never stored.</summary>
    public List<CustomerImportRow>? UnsavedRows { get; private set; }

    /// <summary>
    /// An import of <paramref name="fileName"/> (cut to <see cref="MaxFileNameLength"/>) by <paramref name="importer"/>: completed
    /// once saved, or a dry run, which reports what the import would do and is never saved.
    /// </summary>
    public static CustomerImport Start(string fileName, string importer, bool dryRun) => new()
    {
        FileName = fileName.Length <= MaxFileNameLength ? fileName : fileName[..MaxFileNameLength],
        OwnerId = importer,
        Status = dryRun ? ImportStatus.DryRun : ImportStatus.Completed,
    };

    /// <summary>Takes the per-row report: counts each outcome; a dry run keeps the rows themselves, as they are never stored.</summary>
    public void Report(IReadOnlyCollection<CustomerImportRow> rows)
    {
        TotalRows = rows.Count;
        CreatedCount = rows.Count(r => r.Outcome == ImportOutcome.Created);
        MergedCount = rows.Count(r => r.Outcome == ImportOutcome.Merged);
        DuplicateCount = rows.Count(r => r.Outcome == ImportOutcome.Duplicate);
        RefusedCount = rows.Count(r => r.Outcome == ImportOutcome.Refused);
        UnsavedRows = Status == ImportStatus.DryRun ? [.. rows] : null;
    }

    /// <summary>Refuses (<c>CONFLICT</c>) an import that cannot be reverted: only a completed one can, once.</summary>
    public void CheckRevertible()
    {
        if (Status != ImportStatus.Completed)
        {
            throw new AppException(ErrorCodes.Conflict, "This import was already reverted.");
        }
    }

    /// <summary>
    /// Marks it reverted at <paramref name="at"/> by <paramref name="by"/>, its changes undone; refused as
    /// <see cref="CheckRevertible"/> says.
    /// </summary>
    public void Revert(DateTimeOffset at, string by)
    {
        CheckRevertible();
        Status = ImportStatus.Reverted;
        RevertedAt = at;
        RevertedBy = by;
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
