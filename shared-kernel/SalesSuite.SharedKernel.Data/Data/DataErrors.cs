using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.SharedKernel.Data;

/// <summary>
/// Recognises the database errors that concurrent writers cause and that a retry of the whole unit of work resolves. What a
/// provider's own exception means is its engine's to say (<see cref="IDatabaseEngine.Classify"/>).
/// </summary>
public static class DataErrors
{
    /// <summary>A unique violation, a deadlock, a serialization failure or a stale version, however the provider wraps it.</summary>
    public static bool IsConcurrencyClash(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            if (ex is DbUpdateConcurrencyException or AppException { Code: ErrorCodes.Conflict } || DatabaseEngines.Classify(ex) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A unique violation on the named index or constraint (the audit chain's, say), and nothing else.</summary>
    public static bool IsUniqueViolationOf(Exception exception, string indexNamePart)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (DatabaseEngines.Classify(ex))
            {
                case { Kind: DatabaseErrorKind.UniqueViolation } unique:
                    return unique.Detail?.Contains(indexNamePart, StringComparison.Ordinal) == true;
                case { Kind: DatabaseErrorKind.Deadlock }:
                    return true;
            }
        }

        return false;
    }
}
