// libxlsxwriter, from Debian's libxlsxwriter-dev: writes real .xlsx workbooks (zip and XML done for us).
#include <xlsxwriter.h>
