/* The label search of ompm_desktop.diagram.labels, compiled: the first free spot for a
 * label around its point, spot after spot, over everything taken so far.
 *
 * It answers as the plain search of tests/core/test_label_search.py does, with the same
 * arithmetic in the same order as the Python modules (spots.py, segments.py, labels.py and
 * spot_search.py), so that both place every label on the very same spot: a spot over
 * nothing whose leader is free, failing that the first over soft lines only (arrows), whose
 * leader is free.
 *
 * A Field holds what is taken (boxes and lines); Field.find looks only at what lies within
 * reach of the point, gathered once per search. Built with -ffp-contract=off, so that no
 * multiply-add is fused and every sum rounds as Python rounds it.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>

enum { SEGMENT = 1, POINT = 2, LEADER = 4, SOFT = 8 };
enum { FREE = 0, OVER_SOFT = 1, TAKEN = 2 };
#define BESIDE 8 /* spots beside the point, before those with a leader (spots.BESIDE) */

typedef struct {
    double left, top, right, bottom; /* the box, or the box around the line */
    double x1, y1, x2, y2;           /* the line, as taken */
    int kind;
} Item;

typedef struct {
    PyObject_HEAD
    double limit_left, limit_top, limit_right, limit_bottom;
    Item *items;
    Py_ssize_t count, capacity;
    const Item **near; /* scratch for one search: hard, soft, then leader stops */
    Py_ssize_t near_capacity;
} Field;

/* segments.crosses_box, written out the same way. */
static int crosses_box(double x1, double y1, double x2, double y2, double left, double top,
                       double right, double bottom)
{
    double dx = x2 - x1, dy = y2 - y1;
    double low = 0.0, high = 1.0, enter, leave;
    if (dx == 0) {
        if (x1 - left < 0 || right - x1 < 0)
            return 0;
    } else if (dx > 0) {
        enter = (x1 - left) / -dx;
        leave = (right - x1) / dx;
        if (enter > low)
            low = enter;
        if (leave < high)
            high = leave;
    } else {
        leave = (x1 - left) / -dx;
        enter = (right - x1) / dx;
        if (leave < high)
            high = leave;
        if (enter > low)
            low = enter;
    }
    if (low > high)
        return 0;
    if (dy == 0)
        return !(y1 - top < 0 || bottom - y1 < 0);
    if (dy > 0) {
        enter = (y1 - top) / -dy;
        leave = (bottom - y1) / dy;
    } else {
        leave = (y1 - top) / -dy;
        enter = (bottom - y1) / dy;
    }
    if (enter > low)
        low = enter;
    if (leave < high)
        high = leave;
    return low <= high;
}

/* segments.intersect: whether two segments cross (touching ends do not count). */
static int intersect(double ax, double ay, double bx, double by, double cx, double cy,
                     double dx, double dy)
{
    double across_x = dx - cx, across_y = dy - cy;
    double d1 = across_x * (ay - cy) - across_y * (ax - cx);
    double d2 = across_x * (by - cy) - across_y * (bx - cx);
    if (!(d1 * d2 < 0))
        return 0;
    double along_x = bx - ax, along_y = by - ay;
    double d3 = along_x * (cy - ay) - along_y * (cx - ax);
    double d4 = along_x * (dy - ay) - along_y * (dx - ax);
    return d3 * d4 < 0;
}

static int field_add(Field *self, Item item)
{
    if (self->count == self->capacity) {
        Py_ssize_t capacity = self->capacity ? 2 * self->capacity : 256;
        Item *grown = PyMem_Realloc(self->items, (size_t)capacity * sizeof(Item));
        if (grown == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        self->items = grown;
        self->capacity = capacity;
    }
    self->items[self->count++] = item;
    return 0;
}

static PyObject *Field_take(Field *self, PyObject *args)
{
    double x, y, width, height;
    int point = 0;
    if (!PyArg_ParseTuple(args, "dddd|p", &x, &y, &width, &height, &point))
        return NULL;
    /* Its edges as Placer keeps them: x + width, not a right edge given apart. */
    Item item = {x, y, x + width, y + height, 0, 0, 0, 0, point ? POINT : 0};
    if (field_add(self, item) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *Field_take_line(Field *self, PyObject *args)
{
    double x1, y1, x2, y2;
    int leader = 0, soft = 0;
    if (!PyArg_ParseTuple(args, "dddd|pp", &x1, &y1, &x2, &y2, &leader, &soft))
        return NULL;
    /* segments.segment_box: the least corner, then its width and height added. */
    double left = x1 < x2 ? x1 : x2, top = y1 < y2 ? y1 : y2;
    Item item = {left, top, left + fabs(x2 - x1), top + fabs(y2 - y1), x1, y1, x2, y2,
                 SEGMENT | (leader ? LEADER : 0) | (soft ? SOFT : 0)};
    if (field_add(self, item) < 0)
        return NULL;
    Py_RETURN_NONE;
}

typedef struct {
    const Item **hard, **soft, **stops;
    Py_ssize_t hard_count, soft_count, stops_count;
} Near;

/* What the box from (x0, y0) to (x1, y1) is over: Placer._box_state. */
static int box_state(const Field *self, const Near *near, double x0, double y0, double x1,
                     double y1)
{
    if (x0 < self->limit_left || y0 < self->limit_top || x1 > self->limit_right
        || y1 > self->limit_bottom)
        return TAKEN;
    for (Py_ssize_t i = 0; i < near->hard_count; i++) {
        const Item *item = near->hard[i];
        if (item->left >= x1 || item->right <= x0 || item->top >= y1 || item->bottom <= y0)
            continue;
        if (!(item->kind & SEGMENT)
            || crosses_box(item->x1, item->y1, item->x2, item->y2, x0, y0, x1, y1))
            return TAKEN;
    }
    for (Py_ssize_t i = 0; i < near->soft_count; i++) {
        const Item *item = near->soft[i];
        if (item->left >= x1 || item->right <= x0 || item->top >= y1 || item->bottom <= y0)
            continue;
        if (crosses_box(item->x1, item->y1, item->x2, item->y2, x0, y0, x1, y1))
            return OVER_SOFT;
    }
    return FREE;
}

/* Placer.line_is_free: a leader crosses no label, name or other leader. */
static int line_is_free(const Near *near, double x1, double y1, double x2, double y2)
{
    double left = x1 < x2 ? x1 : x2, top = y1 < y2 ? y1 : y2;
    double right = left + fabs(x2 - x1), bottom = top + fabs(y2 - y1);
    for (Py_ssize_t i = 0; i < near->stops_count; i++) {
        const Item *item = near->stops[i];
        if (item->left > right || item->right < left || item->top > bottom
            || item->bottom < top)
            continue;
        if (item->kind & SEGMENT) {
            if (intersect(x1, y1, x2, y2, item->x1, item->y1, item->x2, item->y2))
                return 0;
        } else if (crosses_box(x1, y1, x2, y2, item->left, item->top, item->right,
                               item->bottom)) {
            return 0;
        }
    }
    return 1;
}

/* Everything taken that touches the area the search may look at, sorted by what it stops. */
static int gather(Field *self, Near *near, double left, double top, double right,
                  double bottom)
{
    if (self->near_capacity < 3 * self->count) {
        Py_ssize_t capacity = 3 * self->capacity;
        const Item **grown = PyMem_Realloc(self->near, (size_t)capacity * sizeof(Item *));
        if (grown == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        self->near = grown;
        self->near_capacity = capacity;
    }
    near->hard = self->near;
    near->soft = self->near + self->count;
    near->stops = self->near + 2 * self->count;
    near->hard_count = near->soft_count = near->stops_count = 0;
    for (Py_ssize_t i = 0; i < self->count; i++) {
        const Item *item = &self->items[i];
        if (item->left > right || item->right < left || item->top > bottom
            || item->bottom < top)
            continue;
        if (item->kind & SOFT)
            near->soft[near->soft_count++] = item;
        else
            near->hard[near->hard_count++] = item;
        if ((item->kind & SEGMENT) ? (item->kind & LEADER) : !(item->kind & POINT))
            near->stops[near->stops_count++] = item;
    }
    return 0;
}

static PyObject *spot(double left, double top, int with_leader, const double leader[4])
{
    if (!with_leader)
        return Py_BuildValue("(ddO)", left, top, Py_None);
    return Py_BuildValue("(dd(dddd))", left, top, leader[0], leader[1], leader[2], leader[3]);
}

/* Field.find(x, y, radius, width, height, alongs, downs, sequence): the spot (left, top,
 * leader or None) for a label of that size, or None. `alongs` and `downs` are a Pattern's
 * (doubles), `sequence` its spots with a leader in the order tried, as (row, across) pairs
 * of 16-bit numbers: bytes, made once per pattern. */
static PyObject *Field_find(Field *self, PyObject *args)
{
    double x, y, radius, width, height;
    Py_buffer alongs_buffer, downs_buffer, sequence_buffer;
    if (!PyArg_ParseTuple(args, "dddddy*y*y*", &x, &y, &radius, &width, &height,
                          &alongs_buffer, &downs_buffer, &sequence_buffer))
        return NULL;
    PyObject *result = NULL;
    double *lefts = NULL;
    const double *alongs = alongs_buffer.buf, *downs = downs_buffer.buf;
    const short *sequence = sequence_buffer.buf;
    Py_ssize_t across_count = alongs_buffer.len / (Py_ssize_t)sizeof(double);
    Py_ssize_t row_count = downs_buffer.len / (Py_ssize_t)sizeof(double);
    Py_ssize_t spot_count = sequence_buffer.len / (Py_ssize_t)(2 * sizeof(short));
    if (across_count == 0 || row_count == 0) {
        PyErr_SetString(PyExc_ValueError, "a pattern of spots has rows and columns");
        goto done;
    }
    for (Py_ssize_t i = 0; i < 2 * spot_count; i += 2) {
        if (sequence[i] < 0 || sequence[i] >= row_count || sequence[i + 1] < 0
            || sequence[i + 1] >= 2 * across_count) {
            PyErr_SetString(PyExc_ValueError, "a spot outside its pattern");
            goto done;
        }
    }

    /* spots.beside */
    double gap = radius + 1.5;
    double diagonal = gap * 0.75;
    double middle = y - height / 2;
    double beside[BESIDE][2] = {
        {x + gap, middle}, {x - gap - width, middle},
        {x + diagonal, y - diagonal - height}, {x + diagonal, y + diagonal},
        {x - diagonal - width, y - diagonal - height}, {x - diagonal - width, y + diagonal},
        {x - width / 2, y - gap - height}, {x - width / 2, y + gap}};
    /* spots.grid: the columns' left edges (left of the point first), the rows' tops */
    lefts = PyMem_Malloc((size_t)(2 * across_count + row_count) * sizeof(double));
    if (lefts == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    double *tops = lefts + 2 * across_count;
    double half = height / 2, near_left = x - gap, near_right = x + gap;
    for (Py_ssize_t i = 0; i < across_count; i++) {
        lefts[i] = near_left - alongs[across_count - 1 - i] - width;
        lefts[across_count + i] = near_right + alongs[i];
    }
    for (Py_ssize_t i = 0; i < row_count; i++)
        tops[i] = y + downs[i] - half;

    /* The area every spot and leader lies in. */
    double area_left = lefts[0] < x - radius ? lefts[0] : x - radius;
    double area_right = lefts[2 * across_count - 1] + width;
    double area_top = tops[0] < y ? tops[0] : y;
    double area_bottom = tops[row_count - 1] + height;
    for (int i = 0; i < BESIDE; i++) {
        if (beside[i][0] < area_left)
            area_left = beside[i][0];
        if (beside[i][0] + width > area_right)
            area_right = beside[i][0] + width;
        if (beside[i][1] < area_top)
            area_top = beside[i][1];
        if (beside[i][1] + height > area_bottom)
            area_bottom = beside[i][1] + height;
    }
    if (x + radius > area_right)
        area_right = x + radius;
    if (y > area_bottom)
        area_bottom = y;
    Near near;
    if (gather(self, &near, area_left, area_top, area_right, area_bottom) < 0)
        goto done;

    int soft_found = 0, soft_with_leader = 0;
    double soft_spot[2] = {0, 0}, soft_leader[4] = {0, 0, 0, 0};
    for (Py_ssize_t order = 0; order < BESIDE + spot_count; order++) {
        double left, top, leader[4] = {0, 0, 0, 0};
        int with_leader = order >= BESIDE;
        if (!with_leader) {
            left = beside[order][0];
            top = beside[order][1];
        } else {
            Py_ssize_t row = sequence[2 * (order - BESIDE)];
            Py_ssize_t across = sequence[2 * (order - BESIDE) + 1];
            left = lefts[across];
            top = tops[row];
            /* spots.leader_to: from the point's edge to the label's nearest edge */
            double centre = y + downs[row];
            if (across < across_count) {
                leader[0] = x + -1 * radius;
                leader[2] = left + width;
            } else {
                leader[0] = x + radius;
                leader[2] = left;
            }
            leader[1] = y;
            leader[3] = centre;
        }
        int state = box_state(self, &near, left, top, left + width, top + height);
        if (state == TAKEN || (state == OVER_SOFT && soft_found))
            continue;
        if (with_leader && !line_is_free(&near, leader[0], leader[1], leader[2], leader[3]))
            continue;
        if (state == FREE) {
            result = spot(left, top, with_leader, leader);
            goto done;
        }
        soft_found = 1;
        soft_with_leader = with_leader;
        soft_spot[0] = left;
        soft_spot[1] = top;
        if (with_leader)
            memcpy(soft_leader, leader, sizeof(soft_leader));
    }
    if (soft_found)
        result = spot(soft_spot[0], soft_spot[1], soft_with_leader, soft_leader);
    else
        result = Py_NewRef(Py_None);
done:
    PyMem_Free(lefts);
    PyBuffer_Release(&alongs_buffer);
    PyBuffer_Release(&downs_buffer);
    PyBuffer_Release(&sequence_buffer);
    return result;
}

static int Field_init(Field *self, PyObject *args, PyObject *kwds)
{
    static char *keywords[] = {"left", "top", "right", "bottom", NULL};
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "dddd", keywords, &self->limit_left,
                                     &self->limit_top, &self->limit_right,
                                     &self->limit_bottom))
        return -1;
    self->count = 0;
    return 0;
}

static void Field_dealloc(Field *self)
{
    PyMem_Free(self->items);
    PyMem_Free(self->near);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *Field_len(Field *self, PyObject *Py_UNUSED(ignored))
{
    return PyLong_FromSsize_t(self->count);
}

static PyMethodDef Field_methods[] = {
    {"take", (PyCFunction)Field_take, METH_VARARGS,
     "take(x, y, width, height, point=False): a box no label may cover."},
    {"take_line", (PyCFunction)Field_take_line, METH_VARARGS,
     "take_line(x1, y1, x2, y2, leader=False, soft=False): a line."},
    {"find", (PyCFunction)Field_find, METH_VARARGS,
     "find(x, y, radius, width, height, alongs, downs, sequence): (left, top, leader) or "
     "None."},
    {"taken", (PyCFunction)Field_len, METH_NOARGS, "How many things are taken."},
    {NULL, NULL, 0, NULL}};

static PyTypeObject FieldType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "ompm_desktop.diagram._spot_search.Field",
    .tp_doc = PyDoc_STR("What is taken on a diagram's field, and free spots for labels."),
    .tp_basicsize = sizeof(Field),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)Field_init,
    .tp_dealloc = (destructor)Field_dealloc,
    .tp_methods = Field_methods,
};

static struct PyModuleDef spot_search_module = {
    PyModuleDef_HEAD_INIT, .m_name = "ompm_desktop.diagram._spot_search",
    .m_doc = PyDoc_STR("The label search of ompm_desktop.diagram.labels, compiled."),
    .m_size = -1,
};

PyMODINIT_FUNC PyInit__spot_search(void)
{
    if (PyType_Ready(&FieldType) < 0)
        return NULL;
    PyObject *module = PyModule_Create(&spot_search_module);
    if (module == NULL)
        return NULL;
    if (PyModule_AddObjectRef(module, "Field", (PyObject *)&FieldType) < 0) {
        Py_DECREF(module);
        return NULL;
    }
    return module;
}
