namespace SalesSuite.SharedKernel.Data;

/// <summary>The database errors concurrent writers cause, which a retry of the whole unit of work resolves.</summary>
public enum DatabaseErrorKind
{
    /// <summary>A unique violation (on SQLite any constraint violation: its error code does not tell them apart).</summary>
    UniqueViolation,

    /// <summary>A deadlock or a serialization failure: the database chose this transaction to give way.</summary>
    Deadlock,

    /// <summary>The database was busy or locked by another writer (SQLite).</summary>
    Busy,
}
